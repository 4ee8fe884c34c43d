package io.qrun.it.api;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Job bodies and circuits the ITs submit; each circuit's exact outcome is known by hand. */
public final class Jobs {

    /** (|00> + |11>)/sqrt(2), measured: only 0x0 and 0x3, each with probability 1/2. */
    public static final String BELL_QASM3 = "OPENQASM 3.0;\ninclude \"stdgates.inc\";\nqubit[2] q;\nbit[2] c;\n"
            + "h q[0];\ncx q[0], q[1];\nc = measure q;\n";
    public static final String BELL_QASM2 = "OPENQASM 2.0;\ninclude \"qelib1.inc\";\nqreg q[2];\ncreg c[2];\n"
            + "h q[0];\ncx q[0],q[1];\nmeasure q -> c;\n";
    /** The Bell state without measurement, for the estimator: ZZ = XX = 1, YY = -1, ZI = 0. */
    public static final String BELL_STATE = "OPENQASM 3.0;\ninclude \"stdgates.inc\";\nqubit[2] q;\n"
            + "h q[0];\ncx q[0], q[1];\n";
    /** rx(theta)|0>, measured: theta = 0 gives always 0x0, theta = pi always 0x1. */
    public static final String RX_MEASURED = "OPENQASM 3.0;\ninclude \"stdgates.inc\";\ninput float[64] theta;\n"
            + "qubit[1] q;\nbit[1] c;\nrx(theta) q[0];\nc[0] = measure q[0];\n";
    /** ry(theta)|0>: <Z> = cos(theta). */
    public static final String RY_STATE = "OPENQASM 3.0;\ninclude \"stdgates.inc\";\ninput float[64] theta;\n"
            + "qubit[1] q;\nry(theta) q[0];\n";

    private Jobs() {}

    public static Map<String, Object> sampler(String backend, String qasm, int shots, long seed) {
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("pubs", List.of(List.of(qasm)));
        params.put("shots", shots);
        params.put("options", Map.of("simulator", Map.of("seed_simulator", seed)));
        params.put("version", 2);
        return body("sampler", backend, params);
    }

    public static Map<String, Object> estimator(String backend, String qasm, Object observables, Double precision) {
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("pubs", List.of(List.of(qasm, observables)));
        if (precision != null) {
            params.put("precision", precision);
        }
        params.put("options", Map.of("seed_estimator", 7));
        params.put("version", 2);
        return body("estimator", backend, params);
    }

    public static Map<String, Object> body(String program, String backend, Map<String, Object> params) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("program_id", program);
        body.put("backend", backend);
        body.put("params", params);
        return body;
    }

    /** A copy of a body with one more top-level field. */
    public static Map<String, Object> with(Map<String, Object> body, String key, Object value) {
        Map<String, Object> copy = new LinkedHashMap<>(body);
        copy.put(key, value);
        return copy;
    }

    @SuppressWarnings("unchecked")
    public static <T> T at(Object tree, Object... path) {
        Object node = tree;
        for (Object step : path) {
            if (node == null) {
                throw new AssertionError("no value at " + java.util.Arrays.toString(path) + " in " + tree);
            }
            node = step instanceof Integer i ? ((List<Object>) node).get(i) : ((Map<String, Object>) node).get(step);
        }
        return (T) node;
    }

    public static List<Double> doubles(Object list) {
        List<Double> out = new ArrayList<>();
        for (Object o : (List<?>) list) {
            out.add(((Number) o).doubleValue());
        }
        return out;
    }
}
