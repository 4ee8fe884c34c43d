package io.qrun.engine.primitives;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The observables of an Estimator PUB: one {@link Observable} or nested lists of them, as Qiskit's
 * ObservablesArray. Each element is a Pauli label ("ZZ") or a dict of labels to real weights
 * ({"ZZ": 1.0, "XI": -0.5}).
 */
public record ObservablesArray(int[] shape, List<Observable> observables) {

    public ObservablesArray {
        shape = shape.clone();
        observables = List.copyOf(observables);
    }

    /** The observable at flat (row-major) position {@code flat}. */
    public Observable get(int flat) {
        return observables.get(flat);
    }

    public int size() {
        return observables.size();
    }

    /** Decodes the observables element of an Estimator PUB found at {@code path}. */
    public static ObservablesArray decode(Object json, String path) {
        if (json == null) {
            throw new PrimitiveInputException(path, "an Estimator PUB needs observables: a Pauli label like \"ZZ\", "
                    + "a dict like {\"ZZ\": 1.0, \"XI\": -0.5}, or nested lists of these");
        }
        NestedLists.Nested nested = NestedLists.read(json, path);
        List<Observable> observables = new ArrayList<>(nested.leaves().size());
        for (int i = 0; i < nested.leaves().size(); i++) {
            observables.add(decodeOne(nested.leaves().get(i), path + BindingsArray.indexSuffix(i, nested.shape())));
        }
        return new ObservablesArray(nested.shape(), observables);
    }

    private static Observable decodeOne(Object json, String path) {
        if (json instanceof String label) {
            checkLabel(label, path);
            return new Observable(List.of(new Observable.Term(label, 1.0)));
        }
        if (json instanceof Map<?, ?>) {
            Map<String, Object> dict = JsonValues.object(json, path);
            if (dict.isEmpty()) {
                throw new PrimitiveInputException(path, "an observable dict needs at least one Pauli label");
            }
            List<Observable.Term> terms = new ArrayList<>();
            int length = -1;
            for (Map.Entry<String, Object> e : dict.entrySet()) {
                String at = path + "." + e.getKey();
                checkLabel(e.getKey(), at);
                if (length >= 0 && e.getKey().length() != length) {
                    throw new PrimitiveInputException(at, "the labels of one observable must all have the same length; '"
                            + e.getKey() + "' has " + e.getKey().length() + " characters, the others " + length);
                }
                length = e.getKey().length();
                terms.add(new Observable.Term(e.getKey(), weight(e.getValue(), at)));
            }
            return new Observable(terms);
        }
        throw new PrimitiveInputException(path, "expected a Pauli label like \"ZZ\" or a dict of labels to weights, found "
                + JsonValues.describe(json));
    }

    /** A real weight; the client writes a complex coefficient as {"__type__": "complex", "__value__": [re, im]}. */
    private static double weight(Object value, String path) {
        if (value instanceof Map<?, ?> m && "complex".equals(m.get("__type__")) && m.get("__value__") instanceof List<?> parts
                && parts.size() == 2) {
            double re = JsonValues.number(parts.get(0), path + ".__value__[0]");
            double im = JsonValues.number(parts.get(1), path + ".__value__[1]");
            if (im != 0) {
                throw new PrimitiveInputException(path, "the coefficient " + re + (im < 0 ? " - " : " + ") + Math.abs(im)
                        + "j is complex; an observable's coefficients must be real (a Hermitian observable)");
            }
            return re;
        }
        return JsonValues.number(value, path);
    }

    private static void checkLabel(String label, String path) {
        if (label.isEmpty()) {
            throw new PrimitiveInputException(path, "an empty Pauli label; write one of I, X, Y, Z per qubit, qubit 0 rightmost");
        }
        for (int i = 0; i < label.length(); i++) {
            char c = label.charAt(i);
            if (c != 'I' && c != 'X' && c != 'Y' && c != 'Z') {
                throw new PrimitiveInputException(path, "the Pauli label '" + label + "' has '" + c + "' at position " + i
                        + "; only I, X, Y and Z are allowed (one per qubit, qubit 0 rightmost)");
            }
        }
    }
}
