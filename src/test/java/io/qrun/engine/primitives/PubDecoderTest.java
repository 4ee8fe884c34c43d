package io.qrun.engine.primitives;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.qrun.engine.circuit.Circuit;
import io.qrun.engine.circuit.ClassicalRegister;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Decoding with hand-built circuits: the parser is not what is tested here. */
class PubDecoderTest {

    /** A 2-qubit circuit with parameters a, b and register c[2]; the QASM text is ignored. */
    private static final Circuit TWO_QUBITS = new Circuit(2, false, List.of(new ClassicalRegister("c", 2, 0)), 2,
            List.of("a", "b"), Map.of(), List.of());
    /** A circuit on physical qubits $0..$3 (numQubits = highest used + 1). */
    private static final Circuit PHYSICAL = new Circuit(4, true, List.of(), 0, List.of(), Map.of(), List.of());

    private static PubDecoder decoder(Circuit circuit, String params) {
        PrimitiveOptions options = OptionsValidator.validate(params.contains("precision") ? "estimator" : "sampler",
                Json.object(params), SubmissionLimits.defaults());
        return new PubDecoder((qasm, path) -> circuit, SubmissionLimits.defaults(), options);
    }

    @Test
    void samplerShotsPrecedence() {
        Object pub = Json.parse("[\"qasm\", [1, 2], 100]");
        assertEquals(100, decoder(TWO_QUBITS, "{\"shots\": 200}").sampler(pub, 0).shots());
        Object noShots = Json.parse("[\"qasm\", [1, 2], null]");
        assertEquals(200, decoder(TWO_QUBITS, "{\"shots\": 200, \"options\": {\"default_shots\": 300}}").sampler(noShots, 0).shots());
        assertEquals(300, decoder(TWO_QUBITS, "{\"options\": {\"default_shots\": 300}}").sampler(noShots, 0).shots());
        assertEquals(4096, decoder(TWO_QUBITS, "{}").sampler(Json.parse("[\"qasm\", [1, 2]]"), 0).shots());
    }

    @Test
    void samplerShapeIsTheValuesShape() {
        SamplerPub pub = decoder(TWO_QUBITS, "{}").sampler(Json.parse("[\"qasm\", {\"a\": [[0],[1]], \"b\": [0,1,2]}]"), 3);
        assertArrayEquals(new int[] {2, 3}, pub.shape());
        assertEquals(3, pub.index());
    }

    @Test
    void estimatorShapeBroadcastsObservablesWithValues() {
        // observables (2,1) with values (3,) x 2 parameters -> (2,3)
        EstimatorPub pub = decoder(TWO_QUBITS, "{\"precision\": 0.1}").estimator(
                Json.parse("[\"qasm\", [[\"ZZ\"], [\"XX\"]], [[0,0],[1,1],[2,2]]]"), 0);
        assertArrayEquals(new int[] {2, 3}, pub.shape());
        assertEquals(1, pub.observableIndex(4)); // element (1,1)
        assertEquals(1, pub.parameterSetIndex(4));
        assertEquals(2, pub.parameterSetIndex(5));
        assertEquals(0.1, pub.precision());
        assertEquals(100, pub.shotsPerTerm()); // ceil(1/0.1^2)
    }

    @Test
    void estimatorPrecisionPrecedence() {
        Object withPrecision = Json.parse("[\"qasm\", \"ZZ\", [0, 0], 0.5]");
        assertEquals(0.5, decoder(TWO_QUBITS, "{\"precision\": 0.1}").estimator(withPrecision, 0).precision());
        Object without = Json.parse("[\"qasm\", \"ZZ\", [0, 0]]");
        assertEquals(0.1, decoder(TWO_QUBITS, "{\"precision\": 0.1}").estimator(without, 0).precision());
        EstimatorPub defaults = decoder(TWO_QUBITS, "{\"precision\": null}").estimator(without, 0);
        assertEquals(0.015625, defaults.precision());
        assertEquals(4096, defaults.shotsPerTerm());
        EstimatorPub exact = decoder(TWO_QUBITS, "{\"precision\": null, \"options\": {\"default_precision\": 0}}").estimator(without, 0);
        assertEquals(0.0, exact.precision());
        assertEquals(0, exact.shotsPerTerm());
    }

    @Test
    void estimatorErrorsNameThePubAndTheObservable() {
        PubDecoder d = decoder(TWO_QUBITS, "{\"precision\": 0.1}");
        PrimitiveInputException width = assertThrows(PrimitiveInputException.class,
                () -> d.estimator(Json.parse("[\"qasm\", [\"ZZ\", \"ZZZ\"], [0, 0]]"), 2));
        assertEquals("params.pubs[2][1][1]", width.path());
        assertTrue(width.getMessage().contains("'ZZZ' spans 3 qubits but the circuit has 2"), width.getMessage());

        PrimitiveInputException shapes = assertThrows(PrimitiveInputException.class,
                () -> d.estimator(Json.parse("[\"qasm\", [\"ZZ\", \"XX\"], [[0,0],[1,1],[2,2]]]"), 1));
        assertEquals("params.pubs[1]", shapes.path());
        assertTrue(shapes.getMessage().contains("(2,) and the parameter values' shape (3,)"), shapes.getMessage());

        PrimitiveInputException tooPrecise = assertThrows(PrimitiveInputException.class,
                () -> d.estimator(Json.parse("[\"qasm\", \"ZZ\", [0, 0], 0.001]"), 0));
        assertEquals("params.pubs[0][3]", tooPrecise.path());

        assertEquals("params.pubs[0]", assertThrows(PrimitiveInputException.class,
                () -> d.estimator("qasm", 0)).path());
        assertEquals("params.pubs[0][0]", assertThrows(PrimitiveInputException.class,
                () -> d.estimator(Json.parse("[5, \"ZZ\"]"), 0)).path());
    }

    @Test
    void physicalQubitObservablesMayBeWider() {
        PubDecoder d = decoder(PHYSICAL, "{\"precision\": 0}");
        assertEquals(1, d.estimator(Json.parse("[\"qasm\", \"IIIIIIZ\"]"), 0).observables().size());
        assertEquals("params.pubs[0][1]", assertThrows(PrimitiveInputException.class,
                () -> d.estimator(Json.parse("[\"qasm\", \"ZZZ\"]"), 0)).path());
    }

    @Test
    void samplerNeedsAClassicalRegisterAndSaneShots() {
        assertEquals("params.pubs[0][0]", assertThrows(PrimitiveInputException.class,
                () -> decoder(PHYSICAL, "{}").sampler("qasm", 0)).path());
        assertEquals("params.pubs[4][2]", assertThrows(PrimitiveInputException.class,
                () -> decoder(TWO_QUBITS, "{}").sampler(Json.parse("[\"q\", [0, 0], -1]"), 4)).path());
        assertEquals("params.pubs[0]", assertThrows(PrimitiveInputException.class,
                () -> decoder(TWO_QUBITS, "{}").sampler(Json.parse("[\"q\", [0, 0], 5, 6]"), 0)).path());
        PubDecoder d = decoder(TWO_QUBITS, "{}");
        assertEquals("params.pubs", assertThrows(PrimitiveInputException.class, () -> d.pubList(List.of())).path());
    }
}
