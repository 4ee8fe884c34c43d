package io.qrun.engine.primitives;

import static io.qrun.engine.primitives.SamplerEngineTest.DEV;
import static io.qrun.engine.primitives.SamplerEngineTest.at;
import static io.qrun.engine.primitives.SamplerEngineTest.run;
import static io.qrun.engine.qpy.QpyTestWriter.inst;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.qrun.engine.qpy.QpyTestWriter;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.Deflater;
import org.junit.jupiter.api.Test;

/**
 * PUBs as the Qiskit client sends them (QPY circuits, npy parameter values, list-of-dict
 * observables, support_qiskit) give the same results as their OpenQASM twins. The circuits are the
 * real payloads of src/test/resources/qpy or synthetic ones from {@link QpyTestWriter}; the
 * ndarrays were written by numpy 2.4.6 as the client writes them (np.save, zlib, base64). These
 * compare plain results, so they send {@code support_qiskit: false}; QiskitResultEncoderTest covers
 * the typed results.
 */
class QiskitPubTest {

    static String resource(String name) {
        try (InputStream in = QiskitPubTest.class.getResourceAsStream("/qpy/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.US_ASCII).trim();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A client ndarray from numpy_2_4_6_client_ndarrays.txt by the start of its label. */
    static Map<String, Object> ndarray(String label) {
        for (String line : resource("numpy_2_4_6_client_ndarrays.txt").split("\n")) {
            if (line.startsWith(label)) {
                return typed("ndarray", line.substring(line.indexOf('|') + 1));
            }
        }
        throw new IllegalArgumentException(label);
    }

    static Map<String, Object> typed(String type, Object value) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("__type__", type);
        m.put("__value__", value);
        return m;
    }

    /** base64(zlib(qpy)) as the client sends a circuit, compressed here with the JDK's zlib. */
    static Map<String, Object> circuit(byte[] qpy) {
        Deflater d = new Deflater();
        d.setInput(qpy);
        d.finish();
        byte[] buf = new byte[qpy.length + 64];
        int n = d.deflate(buf);
        d.end();
        return typed("QuantumCircuit", Base64.getEncoder().encodeToString(Arrays.copyOf(buf, n)));
    }

    /** Params with these PUBs; {@code supportQiskit} null leaves the key out. */
    static Map<String, Object> params(Boolean supportQiskit, Object... pubs) {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("pubs", new ArrayList<>(Arrays.asList(pubs)));
        p.put("version", 2);
        if (supportQiskit != null) {
            p.put("support_qiskit", supportQiskit);
        }
        return p;
    }

    static List<Object> pub(Object... elements) {
        return new ArrayList<>(Arrays.asList(elements));
    }

    /** A synthetic v17 Bell circuit measured into register c. */
    static byte[] bellQpy() {
        QpyTestWriter w = new QpyTestWriter(17);
        QpyTestWriter.Body b = w.body(2, 2).qreg("q", 2).creg("c", 0, 2);
        b.add(inst("HGate").q(0)).add(inst("CXGate").q(0, 1).ctrl(1, 1)).add(inst("Measure").q(0).c(0))
                .add(inst("Measure").q(1).c(1));
        return w.file(b);
    }

    /** Synthetic: rx(θ[0]) q0; ry(θ[1]) q1; cx q0, q1; measure into meas[2] (a ParameterVector θ of size 2). */
    static byte[] vectorQpy() {
        QpyTestWriter w = new QpyTestWriter(17);
        QpyTestWriter.Body b = w.body(2, 2).qreg("q", 2).creg("meas", 0, 2);
        b.add(inst("RXGate").q(0).p(QpyTestWriter.vectorElement("θ", 2, 0)))
                .add(inst("RYGate").q(1).p(QpyTestWriter.vectorElement("θ", 2, 1)))
                .add(inst("CXGate").q(0, 1).ctrl(1, 1)).add(inst("Measure").q(0).c(0)).add(inst("Measure").q(1).c(1));
        return w.file(b);
    }

    static final String VECTOR_TWIN = """
            OPENQASM 3.0;
            include "stdgates.inc";
            input float[64] _θ_0_;
            input float[64] _θ_1_;
            qubit[2] q;
            bit[2] meas;
            rx(_θ_0_) q[0];
            ry(_θ_1_) q[1];
            cx q[0], q[1];
            meas[0] = measure q[0];
            meas[1] = measure q[1];
            """;

    @Test
    void samplerQpyPubGivesTheSamplesOfItsOpenQasmTwin() {
        Map<String, Object> qiskit = run("sampler", params(false, pub(circuit(bellQpy()), ndarray("client (0,)"), 500)), DEV, 99);
        Map<String, Object> twin = run("sampler", params(null, pub(Circuits.BELL, null, 500)), DEV, 99);
        assertEquals((Object) at(twin, "results"), (Object) at(qiskit, "results"));
        List<String> samples = at(qiskit, "results", 0, "data", "c", "samples");
        assertTrue(samples.stream().allMatch(s -> s.equals("0x0") || s.equals("0x3")));
    }

    @Test
    void samplerNdarrayParameterValuesSweepLikeTheirListTwin() {
        Map<String, Object> qiskit = run("sampler", params(false, pub(circuit(vectorQpy()),
                ndarray("client (2, 2)"), 300)), DEV, 5);
        Map<String, Object> twin = run("sampler", params(null, pub(VECTOR_TWIN,
                List.of(List.of(0.3, 1.1), List.of(2.0, -0.7)), 300)), DEV, 5);
        assertEquals((Object) at(twin, "results"), (Object) at(qiskit, "results"));
        List<List<String>> samples = at(qiskit, "results", 0, "data", "meas", "samples");
        assertEquals(2, samples.size());
    }

    @Test
    void estimatorOnTheRealBellPayloadWithListOfDictObservables() {
        Object observables = List.of(Map.of("ZZ", 1.0), Map.of("XX", 1.0, "ZI", 0.5), Map.of("YY", -2.0));
        Map<String, Object> qiskit = run("estimator", params(false, pub(typed("QuantumCircuit",
                resource("schemas_h_cx_v14.b64")), observables, typed("ndarray", resource("schemas_params_empty.npy.b64")), 0)),
                DEV, 1);
        List<Double> evs = at(qiskit, "results", 0, "data", "evs");
        // Bell state: <ZZ> = 1, <XX> = 1, <ZI> = 0, <YY> = -1
        assertEquals(1.0, evs.get(0), 1e-12);
        assertEquals(1.0, evs.get(1), 1e-12);
        assertEquals(2.0, evs.get(2), 1e-12);
        String twinQasm = """
                OPENQASM 3.0;
                include "stdgates.inc";
                qubit[2] q;
                h q[0];
                cx q[0], q[1];
                """;
        Map<String, Object> twin = run("estimator", params(null, pub(twinQasm, observables, null, 0)), DEV, 1);
        assertEquals((Object) at(twin, "results"), (Object) at(qiskit, "results"));
    }

    @Test
    void estimatorNdarraySweepOnTheRealParameterisedPayload() {
        // rz(p)|0> is |0> up to a phase: <Z> = 1 and <X> = 0 for every p of the sweep
        Map<String, Object> qiskit = run("estimator", params(false, pub(typed("QuantumCircuit",
                resource("schemas_rz_param_v14.b64")), List.of(List.of("Z"), List.of("X")), ndarray("client (3, 1)"), 0)), DEV, 1);
        List<List<Double>> evs = at(qiskit, "results", 0, "data", "evs");
        assertEquals(2, evs.size());
        for (int k = 0; k < 3; k++) {
            assertEquals(1.0, evs.get(0).get(k), 1e-12);
            assertEquals(0.0, evs.get(1).get(k), 1e-12);
        }
    }

    @Test
    void estimatorSweepMatchesCosines() {
        QpyTestWriter w = new QpyTestWriter(16);
        QpyTestWriter.Body b = w.body(1, 0).qreg("q", 1);
        b.add(inst("RYGate").q(0).p(QpyTestWriter.param("p")));
        Map<String, Object> qiskit = run("estimator", params(false, pub(circuit(w.file(b)),
                Map.of("Z", typed("complex", List.of(1.0, 0.0))), ndarray("client (3, 1)"), 0)), DEV, 1);
        List<Double> evs = at(qiskit, "results", 0, "data", "evs");
        assertEquals(List.of(1.0, Math.cos(1.0), Math.cos(2.0)).size(), evs.size());
        for (int k = 0; k < 3; k++) {
            assertEquals(Math.cos(k), evs.get(k), 1e-12);
        }
    }

    @Test
    void errorsNameThePubAndThePlace() {
        Map<String, Object> broken = typed("QuantumCircuit", resource("schemas_h_cx_v14.b64").substring(0, 40));
        PrimitiveInputException e = assertThrows(PrimitiveInputException.class, () -> SamplerEngineTest.ENGINE.validate(
                "estimator", params(false, pub(Circuits.BELL, "ZZ"), pub(broken, "ZZ")), SubmissionLimits.defaults()));
        assertEquals("params.pubs[1][0]", e.path());
        assertTrue(e.getMessage().contains("zlib"), e.getMessage());

        byte[] corrupt = bellQpy();
        corrupt[6] = 12;
        e = assertThrows(PrimitiveInputException.class, () -> SamplerEngineTest.ENGINE.validate("sampler",
                params(false, pub(circuit(corrupt))), SubmissionLimits.defaults()));
        assertEquals("params.pubs[0][0]", e.path());
        assertTrue(e.getMessage().contains("the QPY circuit: byte 6: QPY version 12 is not supported"), e.getMessage());

        e = assertThrows(PrimitiveInputException.class, () -> SamplerEngineTest.ENGINE.validate("sampler",
                params(false, pub(circuit(vectorQpy()), ndarray("client (3, 1)"))), SubmissionLimits.defaults()));
        assertEquals("params.pubs[0][1]", e.path());
        assertTrue(e.getMessage().contains("last axis of the parameter values has length 1 but the circuit has 2 parameters [θ[0], θ[1]]"),
                e.getMessage());

        e = assertThrows(PrimitiveInputException.class, () -> SamplerEngineTest.ENGINE.validate("sampler",
                params(false, pub(circuit(bellQpy()), typed("ndarray", "eJzLSM3JyddRyMsvUcgrzS2oBAAyEwYL"))),
                SubmissionLimits.defaults()));
        assertEquals("params.pubs[0][1]", e.path());
        assertTrue(e.getMessage().contains("not an .npy array"), e.getMessage());
    }

    @Test
    void aTranspiledQpyCircuitRunsOnAnIsaBackendLikeItsPhysicalQubitTwin() {
        // synthetic: a 5-qubit transpiled circuit (layout present) in the backend's basis rz, sx, x, ecr
        QpyTestWriter w = new QpyTestWriter(17);
        QpyTestWriter.Body b = w.body(5, 2).qreg("q", 5).creg("c", 0, 2);
        b.layout = true;
        b.add(inst("RZGate").q(3).p(w.f(Math.PI / 2))).add(inst("SXGate").q(3)).add(inst("RZGate").q(3).p(w.f(Math.PI / 2)))
                .add(inst("ECRGate").q(3, 4)).add(inst("XGate").q(3)).add(inst("Delay").q(4).p(w.i(160)))
                .add(inst("Barrier").q(3, 4)).add(inst("Measure").q(3).c(0)).add(inst("Measure").q(4).c(1));
        String twin = """
                OPENQASM 3.0;
                include "stdgates.inc";
                bit[2] c;
                rz(pi/2) $3;
                sx $3;
                rz(pi/2) $3;
                ecr $3, $4;
                x $3;
                delay[160dt] $4;
                barrier $3, $4;
                c[0] = measure $3;
                c[1] = measure $4;
                """;
        io.qrun.engine.target.Target isa = new io.qrun.engine.target.Target("isa", 5, java.util.Set.of("rz", "sx", "x", "ecr"),
                java.util.Set.of(List.of(3, 4)), false, null, 2.2222e-10);
        Map<String, Object> qiskit = run("sampler", params(false, pub(circuit(w.file(b)), null, 200)), isa, 17);
        Map<String, Object> plain = run("sampler", params(null, pub(twin, null, 200)), isa, 17);
        assertEquals((Object) at(plain, "results"), (Object) at(qiskit, "results"));
        // on the coupling map only as (3, 4): the reversed ecr is refused as for OpenQASM
        QpyTestWriter.Body reversed = w.body(5, 0).qreg("q", 5);
        reversed.layout = true;
        reversed.add(inst("ECRGate").q(4, 3));
        JobSpec spec = SamplerEngineTest.ENGINE.validate("estimator", params(false, pub(circuit(w.file(reversed)), "ZZIII")),
                SubmissionLimits.defaults());
        PubExecutionException e = assertThrows(PubExecutionException.class,
                () -> SamplerEngineTest.ENGINE.prepare(spec, 0, isa, TimeModelSettings.defaults()));
        assertTrue(e.getMessage().contains("(4, 3)"), e.getMessage());
    }

    @Test
    void hostileTypedValuesAreBoundedAndNamed() {
        // 10 MB of zeros compress to about 10 kB: inflation stops at the circuit-size limit
        Map<String, Object> bomb = typed("QuantumCircuit", io.qrun.engine.qiskit.CompressedBase64.encode(new byte[10_000_000]));
        PrimitiveInputException e = assertThrows(PrimitiveInputException.class, () -> SamplerEngineTest.ENGINE.validate(
                "sampler", params(true, pub(bomb)), SubmissionLimits.defaults()));
        assertEquals("params.pubs[0][0]", e.path());
        assertTrue(e.getMessage().contains("inflates to more than 1000000 bytes"), e.getMessage());
        Map<String, Object> huge = typed("QuantumCircuit", "A".repeat(1_000_004));
        e = assertThrows(PrimitiveInputException.class, () -> SamplerEngineTest.ENGINE.validate(
                "sampler", params(true, pub(huge)), SubmissionLimits.defaults()));
        assertTrue(e.getMessage().contains("the encoded circuit has 1000004 characters; at most 1000000"), e.getMessage());
        Map<String, Object> notText = typed("QuantumCircuit", 12);
        e = assertThrows(PrimitiveInputException.class, () -> SamplerEngineTest.ENGINE.validate(
                "sampler", params(true, pub(notText)), SubmissionLimits.defaults()));
        assertEquals("params.pubs[0][0].__value__", e.path());
        // an ndarray bomb for parameter values is stopped by the element limit of the PUB
        byte[] header = ("{'descr': '<f8', 'fortran_order': False, 'shape': (2000000, 2), }" + " ".repeat(53) + "\n")
                .getBytes(StandardCharsets.US_ASCII);
        byte[] npy = new byte[10 + header.length + 8 * 4_000_000];
        npy[0] = (byte) 0x93;
        System.arraycopy("NUMPY".getBytes(StandardCharsets.US_ASCII), 0, npy, 1, 5);
        npy[6] = 1;
        npy[8] = (byte) header.length;
        System.arraycopy(header, 0, npy, 10, header.length);
        Map<String, Object> values = typed("ndarray", io.qrun.engine.qiskit.CompressedBase64.encode(npy));
        e = assertThrows(PrimitiveInputException.class, () -> SamplerEngineTest.ENGINE.validate(
                "sampler", params(true, pub(circuit(vectorQpy()), values)), SubmissionLimits.defaults()));
        assertEquals("params.pubs[0][1]", e.path());
        assertTrue(e.getMessage().contains("the ndarray value: the value inflates to more than"), e.getMessage());
        e = assertThrows(PrimitiveInputException.class, () -> SamplerEngineTest.ENGINE.validate(
                "sampler", params(true, pub(circuit(bellQpy()), typed("BindingsArray", Map.of()))), SubmissionLimits.defaults()));
        assertTrue(e.getMessage().contains("parameter values of Qiskit type 'BindingsArray' are not supported"), e.getMessage());
    }

    @Test
    void aCircuitWithoutParametersTakesAnArrayWithAnEmptyLastAxis() {
        Map<String, Object> qiskit = run("sampler", params(false, pub(circuit(bellQpy()), ndarray("client (2, 0)"), 10)), DEV, 3);
        List<List<String>> samples = at(qiskit, "results", 0, "data", "c", "samples");
        assertEquals(2, samples.size(), "shape (2, 0) is a PUB of shape (2,)");
    }
}
