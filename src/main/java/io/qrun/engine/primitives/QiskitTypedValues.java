package io.qrun.engine.primitives;

import io.qrun.engine.circuit.Circuit;
import io.qrun.engine.qiskit.CompressedBase64;
import io.qrun.engine.qiskit.NpyArray;
import io.qrun.engine.qiskit.NpyReader;
import io.qrun.engine.qiskit.QiskitWireException;
import io.qrun.engine.qpy.QpyException;
import io.qrun.engine.qpy.QpyReader;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The typed values of the Qiskit client in a PUB ({@code {"__type__": ..., "__value__": ...}} as
 * qiskit_ibm_runtime's RuntimeEncoder writes them): a {@code QuantumCircuit} (base64 of zlib of QPY)
 * and an {@code ndarray} of parameter values (base64 of zlib of .npy, or a plain nested list).
 * Errors become {@link PrimitiveInputException}s at the element's path. A job often repeats one
 * circuit, so each distinct circuit text is decoded once.
 */
final class QiskitTypedValues {

    private final SubmissionLimits limits;
    private final Map<String, Circuit> circuits = new HashMap<>();

    QiskitTypedValues(SubmissionLimits limits) {
        this.limits = limits;
    }

    /** Whether {@code value} is a typed value of this {@code __type__}. */
    static boolean is(Object value, String type) {
        return value instanceof Map<?, ?> m && type.equals(m.get("__type__")) && m.containsKey("__value__");
    }

    /** Whether {@code value} looks like a typed value at all (a map with "__type__"). */
    static boolean isTyped(Object value) {
        return value instanceof Map<?, ?> m && m.containsKey("__type__");
    }

    Circuit circuit(Object typed, String path) {
        Object value = ((Map<?, ?>) typed).get("__value__");
        if (!(value instanceof String text)) {
            throw new PrimitiveInputException(path + ".__value__", "expected the QPY circuit as a base64 string, found "
                    + JsonValues.describe(value));
        }
        if (text.length() > limits.maxCircuitChars()) {
            throw new PrimitiveInputException(path, "the encoded circuit has " + text.length() + " characters; at most "
                    + limits.maxCircuitChars() + " are allowed");
        }
        Circuit known = circuits.get(text);
        if (known != null) {
            return known;
        }
        try {
            // QPY is denser than OpenQASM: the OpenQASM character limit bounds the inflated bytes too
            byte[] qpy = CompressedBase64.decode(text, limits.maxCircuitChars());
            Circuit c = new QpyReader().read(qpy);
            circuits.put(text, c);
            return c;
        } catch (QiskitWireException e) {
            throw new PrimitiveInputException(path, "the QuantumCircuit value: " + e.getMessage(), e);
        } catch (QpyException e) {
            throw new PrimitiveInputException(path, "the QPY circuit: " + e.getMessage(), e);
        }
    }

    /**
     * Parameter values given as an {@code ndarray}: its last axis runs over {@code parameters} (in
     * the circuit's order), its leading axes are the PUB's shape. A circuit without parameters
     * takes an array whose last axis has length 0 ({@code np.array([])} for one set).
     */
    BindingsArray bindings(Object typed, List<String> parameters, String path) {
        Object value = ((Map<?, ?>) typed).get("__value__");
        if (value instanceof List<?> || value instanceof Number) {
            // the client writes arrays of Python objects as plain lists
            return BindingsArray.decode(value, parameters, path);
        }
        if (!(value instanceof String text)) {
            throw new PrimitiveInputException(path + ".__value__", "expected the ndarray as a base64 string or a list, found "
                    + JsonValues.describe(value));
        }
        int p = parameters.size();
        long maxElements = (long) limits.maxParameterSets() * Math.max(1, p);
        NpyArray array;
        try {
            array = NpyReader.read(CompressedBase64.decode(text, maxElements * 8 + 65_536), maxElements);
        } catch (QiskitWireException e) {
            throw new PrimitiveInputException(path, "the ndarray value: " + e.getMessage(), e);
        }
        int[] shape = array.shape();
        int[] setShape;
        if (shape.length == 0) {
            if (p != 1) {
                throw new PrimitiveInputException(path, "a 0-d array holds one value but the circuit has " + p
                        + " parameters " + parameters);
            }
            setShape = Shapes.SCALAR;
        } else {
            if (shape[shape.length - 1] != p) {
                throw new PrimitiveInputException(path, "the last axis of the parameter values has length "
                        + shape[shape.length - 1] + " but the circuit has " + p + " parameters " + parameters
                        + "; the last axis runs over the parameters in this order");
            }
            setShape = Arrays.copyOf(shape, shape.length - 1);
        }
        double[] values = new double[array.size()];
        for (int i = 0; i < values.length; i++) {
            values[i] = array.doubleAt(i);
            if (!Double.isFinite(values[i])) {
                throw new PrimitiveInputException(path + BindingsArray.indexSuffix(i, shape), "parameter values must be finite, found "
                        + values[i]);
            }
        }
        return BindingsArray.of(setShape, parameters, values);
    }
}
