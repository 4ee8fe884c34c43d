package io.qrun.infrastructure.backends;

import io.qrun.application.json.JsonFactories;
import io.qrun.domain.backend.Backend;
import io.qrun.domain.backend.BackendCalibration;
import io.qrun.engine.target.GateProperties;
import io.qrun.domain.backend.QubitCalibration;
import io.qrun.engine.circuit.StandardGate;
import jakarta.json.JsonArray;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonParsingException;
import java.io.Reader;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads qrun-backends.json (format in docs/backends.md) into {@link Backend}s, checking every value
 * so that a mistake stops the deployment with a message naming the file, the path inside it and
 * the fix, instead of surfacing later as a wrong simulation.
 */
public final class BackendConfigParser {

    private static final Set<String> BACKEND_KEYS = Set.of("name", "version", "num_qubits", "simulator",
            "permissive", "noisy", "thermal_relaxation", "basis_gates", "coupling_map", "processor_type",
            "max_shots", "dt", "time_scale", "per_job_overhead_seconds", "default_rep_delay",
            "calibration_interval_seconds", "calibration_duration_seconds", "calibration", "description");
    private static final Set<String> CALIBRATION_KEYS = Set.of("qubit_defaults", "qubits", "gate_defaults", "gates");
    private static final Set<String> QUBIT_KEYS = Set.of("t1", "t2", "prob_meas1_prep0", "prob_meas0_prep1",
            "readout_length", "frequency");
    private static final Set<String> GATE_VALUE_KEYS = Set.of("error", "length");
    private static final Set<String> GATE_KEYS = Set.of("gate", "qubits", "error", "length");

    private final String source;

    /** @param source the file name used in error messages */
    public BackendConfigParser(String source) {
        this.source = source;
    }

    public List<Backend> parse(Reader reader) {
        JsonObject root;
        try (JsonReader r = JsonFactories.READERS.createReader(reader)) {
            root = r.readObject();
        } catch (JsonParsingException e) {
            throw fail("", "is not valid JSON at line " + e.getLocation().getLineNumber() + ", column "
                    + e.getLocation().getColumnNumber() + " (" + e.getMessage() + ")");
        } catch (JsonException | IllegalStateException e) {
            throw fail("", "is not a JSON object: " + e.getMessage());
        }
        unknownKeys(root, Set.of("backends", "description"), "");
        JsonArray list = array(root, "backends", "");
        if (list.isEmpty()) {
            throw fail("backends", "is empty; configure at least one backend");
        }
        List<Backend> backends = new ArrayList<>();
        Set<String> names = new HashSet<>();
        for (int i = 0; i < list.size(); i++) {
            String path = "backends[" + i + "]";
            Backend b = backend(object(list.get(i), path), path);
            if (!names.add(b.name())) {
                throw fail(path + ".name", "\"" + b.name() + "\" is used twice; backend names must be unique");
            }
            backends.add(b);
        }
        return backends;
    }

    private Backend backend(JsonObject o, String path) {
        unknownKeys(o, BACKEND_KEYS, path);
        String name = string(o, "name", path, null);
        if (!name.matches("[a-z][a-z0-9_]{0,63}")) {
            throw fail(path + ".name", "\"" + name + "\" must be 1..64 lower-case letters, digits or _, starting with a letter");
        }
        int numQubits = integer(o, "num_qubits", path, null, 1, 1000);
        boolean simulator = bool(o, "simulator", path, false);
        boolean permissive = bool(o, "permissive", path, simulator);
        boolean noisy = bool(o, "noisy", path, false);
        boolean thermal = bool(o, "thermal_relaxation", path, noisy);
        List<String> basis = basisGates(o, path, permissive);
        List<int[]> coupling = couplingMap(o, path, numQubits, permissive);
        double dt = number(o, "dt", path, 2.2222222222222221e-10, 0, 1e-3);
        double timeScale = number(o, "time_scale", path, 1.0, 0, 1e6);
        double overhead = number(o, "per_job_overhead_seconds", path, 0.0, 0, 3600);
        double repDelay = number(o, "default_rep_delay", path, 250e-6, 0, 1);
        double calInterval = number(o, "calibration_interval_seconds", path, 0.0, 0, 1e7);
        double calDuration = number(o, "calibration_duration_seconds", path, 0.0, 0, 1e5);
        String processor = o.containsKey("processor_type") && !o.isNull("processor_type")
                ? string(o, "processor_type", path, null) : null;
        int maxShots = integer(o, "max_shots", path, 100000, 1, 10_000_000);
        String version = o.containsKey("version") ? string(o, "version", path, null) : "1.0.0";
        JsonObject cal = o.containsKey("calibration") ? object(o.get("calibration"), path + ".calibration")
                : JsonValue.EMPTY_JSON_OBJECT;
        BackendCalibration calibration = calibration(cal, path + ".calibration", numQubits, basis, coupling);
        if (noisy && simulator) {
            throw fail(path + ".noisy", "is true on a simulator backend; noise belongs to QPU backends (set simulator false)");
        }
        return new Backend(name, numQubits, simulator, permissive, noisy, thermal, basis, coupling, calibration,
                dt, timeScale, overhead, repDelay, calInterval, calDuration, processor, maxShots, version);
    }

    private List<String> basisGates(JsonObject o, String path, boolean permissive) {
        if (!o.containsKey("basis_gates")) {
            if (!permissive) {
                throw fail(path + ".basis_gates", "is missing; a non-permissive backend needs its basis gates, e.g. [\"ecr\", \"id\", \"rz\", \"sx\", \"x\"]");
            }
            return List.of();
        }
        JsonArray a = array(o, "basis_gates", path);
        List<String> gates = new ArrayList<>();
        for (int i = 0; i < a.size(); i++) {
            String p = path + ".basis_gates[" + i + "]";
            if (!(a.get(i) instanceof JsonString s)) {
                throw fail(p, "must be a gate name string");
            }
            String g = s.getString();
            if (StandardGate.byName(g).isEmpty()) {
                throw fail(p, "\"" + g + "\" is not a gate the engine knows; use names of OpenQASM's stdgates.inc or ecr, rzz, ...");
            }
            if (gates.contains(g)) {
                throw fail(p, "\"" + g + "\" is listed twice");
            }
            gates.add(g);
        }
        return gates;
    }

    private List<int[]> couplingMap(JsonObject o, String path, int numQubits, boolean permissive) {
        if (!o.containsKey("coupling_map") || o.isNull("coupling_map")) {
            if (!permissive) {
                throw fail(path + ".coupling_map", "is missing; a non-permissive backend needs its coupling map as a list of [control, target] pairs");
            }
            return List.of();
        }
        JsonArray a = array(o, "coupling_map", path);
        List<int[]> pairs = new ArrayList<>();
        Set<Long> seen = new HashSet<>();
        for (int i = 0; i < a.size(); i++) {
            String p = path + ".coupling_map[" + i + "]";
            JsonValue v = a.get(i);
            if (!(v instanceof JsonArray pair) || pair.size() != 2
                    || !(pair.get(0) instanceof JsonNumber n0) || !(pair.get(1) instanceof JsonNumber n1)
                    || !n0.isIntegral() || !n1.isIntegral()) {
                throw fail(p, "must be a pair of qubit indices like [0, 1], found " + v);
            }
            int q0 = n0.intValue();
            int q1 = n1.intValue();
            if (q0 < 0 || q0 >= numQubits || q1 < 0 || q1 >= numQubits) {
                throw fail(p, "[" + q0 + ", " + q1 + "] names a qubit outside 0.." + (numQubits - 1) + " (num_qubits is " + numQubits + ")");
            }
            if (q0 == q1) {
                throw fail(p, "[" + q0 + ", " + q1 + "] couples a qubit with itself");
            }
            if (!seen.add(((long) q0 << 32) | q1)) {
                throw fail(p, "[" + q0 + ", " + q1 + "] is listed twice");
            }
            pairs.add(new int[] {q0, q1});
        }
        return pairs;
    }

    private BackendCalibration calibration(JsonObject cal, String path, int numQubits, List<String> basis,
                                           List<int[]> coupling) {
        unknownKeys(cal, CALIBRATION_KEYS, path);
        JsonObject defaults = cal.containsKey("qubit_defaults")
                ? object(cal.get("qubit_defaults"), path + ".qubit_defaults") : JsonValue.EMPTY_JSON_OBJECT;
        QubitCalibration base = qubit(defaults, path + ".qubit_defaults",
                new QubitCalibration(100e-6, 100e-6, 0.0, 0.0, 800e-9, 5.0e9));
        List<QubitCalibration> qubits = new ArrayList<>();
        JsonArray perQubit = cal.containsKey("qubits") ? array(cal, "qubits", path) : JsonValue.EMPTY_JSON_ARRAY;
        if (perQubit.size() > numQubits) {
            throw fail(path + ".qubits", "has " + perQubit.size() + " entries but the backend has " + numQubits + " qubits");
        }
        for (int q = 0; q < numQubits; q++) {
            qubits.add(q < perQubit.size()
                    ? qubit(object(perQubit.get(q), path + ".qubits[" + q + "]"), path + ".qubits[" + q + "]", base)
                    : base);
        }
        Map<String, double[]> gateDefaults = new LinkedHashMap<>();
        if (cal.containsKey("gate_defaults")) {
            JsonObject gd = object(cal.get("gate_defaults"), path + ".gate_defaults");
            for (String gate : gd.keySet()) {
                String p = path + ".gate_defaults." + gate;
                if (StandardGate.byName(gate).isEmpty()) {
                    throw fail(p, "\"" + gate + "\" is not a gate the engine knows");
                }
                JsonObject v = object(gd.get(gate), p);
                unknownKeys(v, GATE_VALUE_KEYS, p);
                gateDefaults.put(gate, new double[] {number(v, "error", p, 0.0, 0, 1), number(v, "length", p, 0.0, 0, 1e-3)});
            }
        }
        Map<String, GateProperties> gates = new LinkedHashMap<>();
        for (Map.Entry<String, double[]> e : gateDefaults.entrySet()) {
            int arity = StandardGate.byName(e.getKey()).orElseThrow().numQubits();
            if (arity == 1) {
                for (int q = 0; q < numQubits; q++) {
                    put(gates, new GateProperties(e.getKey(), new int[] {q}, e.getValue()[0], e.getValue()[1]));
                }
            } else if (arity == 2) {
                for (int[] pair : coupling) {
                    put(gates, new GateProperties(e.getKey(), pair, e.getValue()[0], e.getValue()[1]));
                }
            }
        }
        JsonArray overrides = cal.containsKey("gates") ? array(cal, "gates", path) : JsonValue.EMPTY_JSON_ARRAY;
        for (int i = 0; i < overrides.size(); i++) {
            String p = path + ".gates[" + i + "]";
            JsonObject g = object(overrides.get(i), p);
            unknownKeys(g, GATE_KEYS, p);
            String gate = string(g, "gate", p, null);
            StandardGate sg = StandardGate.byName(gate).orElseThrow(() -> fail(p + ".gate", "\"" + gate + "\" is not a gate the engine knows"));
            JsonArray on = array(g, "qubits", p);
            if (on.size() != sg.numQubits()) {
                throw fail(p + ".qubits", "lists " + on.size() + " qubits but " + gate + " acts on " + sg.numQubits());
            }
            int[] qs = new int[on.size()];
            for (int k = 0; k < qs.length; k++) {
                if (!(on.get(k) instanceof JsonNumber n) || !n.isIntegral() || n.intValue() < 0 || n.intValue() >= numQubits) {
                    throw fail(p + ".qubits[" + k + "]", "must be a qubit index in 0.." + (numQubits - 1));
                }
                qs[k] = n.intValue();
            }
            put(gates, new GateProperties(gate, qs, number(g, "error", p, 0.0, 0, 1), number(g, "length", p, 0.0, 0, 1e-3)));
        }
        return new BackendCalibration(qubits, new ArrayList<>(gates.values()), Instant.EPOCH);
    }

    private static void put(Map<String, GateProperties> gates, GateProperties g) {
        StringBuilder key = new StringBuilder(g.gate());
        for (int q : g.qubits()) {
            key.append(',').append(q);
        }
        gates.put(key.toString(), g);
    }

    private QubitCalibration qubit(JsonObject o, String path, QubitCalibration base) {
        unknownKeys(o, QUBIT_KEYS, path);
        double t1 = number(o, "t1", path, base.t1Seconds(), 0, 10);
        double t2 = number(o, "t2", path, base.t2Seconds(), 0, 10);
        if (!(t1 > 0) || !(t2 > 0)) {
            throw fail(path + (t1 > 0 ? ".t2" : ".t1"), "must be more than 0 seconds");
        }
        QubitCalibration q = new QubitCalibration(t1, t2,
                number(o, "prob_meas1_prep0", path, base.probMeas1Prep0(), 0, 1),
                number(o, "prob_meas0_prep1", path, base.probMeas0Prep1(), 0, 1),
                number(o, "readout_length", path, base.readoutLengthSeconds(), 0, 1e-3),
                number(o, "frequency", path, base.frequencyHz(), 0, 1e12));
        if (q.t2Seconds() > 2 * q.t1Seconds()) {
            throw fail(path + ".t2", "is " + q.t2Seconds() + " s but T2 cannot exceed 2*T1 = " + 2 * q.t1Seconds() + " s");
        }
        return q;
    }

    // ---- typed access with path-named errors

    private void unknownKeys(JsonObject o, Set<String> allowed, String path) {
        for (String k : o.keySet()) {
            if (!allowed.contains(k)) {
                throw fail(join(path, k), "is not a known key; allowed here: " + new java.util.TreeSet<>(allowed));
            }
        }
    }

    private JsonObject object(JsonValue v, String path) {
        if (!(v instanceof JsonObject o)) {
            throw fail(path, "must be a JSON object, found " + v);
        }
        return o;
    }

    private JsonArray array(JsonObject o, String key, String path) {
        JsonValue v = o.get(key);
        if (v == null) {
            throw fail(join(path, key), "is missing");
        }
        if (!(v instanceof JsonArray a)) {
            throw fail(join(path, key), "must be a JSON array, found " + v);
        }
        return a;
    }

    private String string(JsonObject o, String key, String path, String dflt) {
        JsonValue v = o.get(key);
        if (v == null) {
            if (dflt != null) {
                return dflt;
            }
            throw fail(join(path, key), "is missing");
        }
        if (!(v instanceof JsonString s) || s.getString().isBlank()) {
            throw fail(join(path, key), "must be a non-empty string, found " + v);
        }
        return s.getString();
    }

    private boolean bool(JsonObject o, String key, String path, boolean dflt) {
        JsonValue v = o.get(key);
        if (v == null) {
            return dflt;
        }
        if (v == JsonValue.TRUE) {
            return true;
        }
        if (v == JsonValue.FALSE) {
            return false;
        }
        throw fail(join(path, key), "must be true or false, found " + v);
    }

    private int integer(JsonObject o, String key, String path, Integer dflt, int min, int max) {
        JsonValue v = o.get(key);
        if (v == null) {
            if (dflt != null) {
                return dflt;
            }
            throw fail(join(path, key), "is missing; give an integer in " + min + ".." + max);
        }
        if (!(v instanceof JsonNumber n) || !n.isIntegral() || n.longValue() < min || n.longValue() > max) {
            throw fail(join(path, key), "must be an integer in " + min + ".." + max + ", found " + v);
        }
        return n.intValue();
    }

    private double number(JsonObject o, String key, String path, double dflt, double min, double max) {
        JsonValue v = o.get(key);
        if (v == null) {
            return dflt;
        }
        if (!(v instanceof JsonNumber n) || n.doubleValue() < min || n.doubleValue() > max) {
            throw fail(join(path, key), "must be a number in [" + min + ", " + max + "], found " + v);
        }
        return n.doubleValue();
    }

    private static String join(String path, String key) {
        return path.isEmpty() ? key : path + "." + key;
    }

    private BackendConfigException fail(String path, String what) {
        return new BackendConfigException(source + ": " + (path.isEmpty() ? "the file" : path) + " " + what
                + ". See docs/backends.md for the format.");
    }
}
