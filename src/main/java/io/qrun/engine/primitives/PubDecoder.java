package io.qrun.engine.primitives;

import io.qrun.engine.circuit.Circuit;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;

/**
 * Decodes and checks the PUBs of a job (docs/primitives-engine.md): their form, their circuit (parsed by the
 * given parser), parameter values, observables, shots and precision, and the submission limits.
 * Every problem is a {@link PrimitiveInputException} whose path names the PUB and the element.
 */
final class PubDecoder {

    private final BiFunction<String, String, Circuit> parser;
    private final SubmissionLimits limits;
    private final PrimitiveOptions options;
    private final QiskitTypedValues typed;

    /**
     * @param parser parses one PUB's OpenQASM (first argument) and reports syntax errors as a
     *               {@link PrimitiveInputException} at the given path (second argument, "params.pubs[2]")
     */
    PubDecoder(BiFunction<String, String, Circuit> parser, SubmissionLimits limits, PrimitiveOptions options) {
        this.parser = parser;
        this.limits = limits;
        this.options = options;
        this.typed = new QiskitTypedValues(limits);
    }

    /** The PUB list of {@code params.pubs}, checked for emptiness and the PUB-count limit. */
    List<?> pubList(Object pubs) {
        if (!(pubs instanceof List<?> list)) {
            throw new PrimitiveInputException("params.pubs", pubs == null
                    ? "missing: give a list of PUBs" : "expected a list of PUBs, found " + JsonValues.describe(pubs));
        }
        if (list.isEmpty()) {
            throw new PrimitiveInputException("params.pubs", "the job has no PUBs; give at least one");
        }
        if (list.size() > limits.maxPubs()) {
            throw new PrimitiveInputException("params.pubs", "the job has " + list.size() + " PUBs; at most "
                    + limits.maxPubs() + " are allowed per job, split it into several jobs");
        }
        return list;
    }

    SamplerPub sampler(Object pub, int index) {
        String path = "params.pubs[" + index + "]";
        List<?> elements = elements(pub, path, 1, 3, "[\"<qasm>\", <parameter values>?, <shots>?]");
        Circuit circuit = circuit(elements.get(0), path);
        if (circuit.registers().isEmpty()) {
            throw new PrimitiveInputException(path + "[0]", "the circuit has no classical register to hold the samples; "
                    + "declare one (bit[2] c;) and measure into it");
        }
        BindingsArray values = bindings(elements.size() > 1 ? elements.get(1) : null, circuit, path + "[1]");
        int sets = checkSets(values.numSets(), path + "[1]");
        int shots;
        Object pubShots = elements.size() > 2 ? elements.get(2) : null;
        if (pubShots != null) {
            long s = JsonValues.integer(pubShots, path + "[2]");
            if (s < 1 || s > limits.maxShots()) {
                throw new PrimitiveInputException(path + "[2]", "shots must be between 1 and " + limits.maxShots() + ", found " + s);
            }
            shots = (int) s;
        } else if (options.shots() != null) {
            shots = options.shots();
        } else if (options.defaultShots() != null) {
            shots = options.defaultShots();
        } else {
            shots = PrimitiveOptions.DEFAULT_SHOTS;
        }
        if ((long) shots * sets > limits.maxTotalShots()) {
            throw new PrimitiveInputException(path, shots + " shots x " + sets + " parameter sets exceeds the limit of "
                    + limits.maxTotalShots() + " shots per job");
        }
        return new SamplerPub(index, circuit, values, shots);
    }

    EstimatorPub estimator(Object pub, int index) {
        String path = "params.pubs[" + index + "]";
        List<?> elements = elements(pub, path, 2, 4, "[\"<qasm>\", <observables>, <parameter values>?, <precision>?]");
        Circuit circuit = circuit(elements.get(0), path);
        Object observablesJson = elements.get(1);
        if (QiskitTypedValues.is(observablesJson, "ObservablesArray")) {
            // the client's encoding of an ObservablesArray object: its tolist() under __value__
            observablesJson = ((Map<?, ?>) observablesJson).get("__value__");
        }
        ObservablesArray observables = ObservablesArray.decode(observablesJson, path + "[1]");
        long terms = 0;
        for (int i = 0; i < observables.size(); i++) {
            Observable o = observables.get(i);
            checkWidth(o, circuit, path + "[1]" + BindingsArray.indexSuffix(i, observables.shape()));
            terms += o.terms().size();
        }
        if (terms > limits.maxPauliTerms()) {
            throw new PrimitiveInputException(path + "[1]", "the observables have " + terms + " Pauli terms; at most "
                    + limits.maxPauliTerms() + " are allowed per PUB");
        }
        BindingsArray values = bindings(elements.size() > 2 ? elements.get(2) : null, circuit, path + "[2]");
        int[] shape;
        try {
            shape = Shapes.broadcast(observables.shape(), values.shape());
        } catch (IllegalArgumentException e) {
            throw new PrimitiveInputException(path, "the observables' shape " + Shapes.format(observables.shape())
                    + " and the parameter values' shape " + Shapes.format(values.shape())
                    + " (without the last axis) cannot be broadcast together (numpy rules: align right, each axis equal or 1)");
        }
        checkSets(values.numSets(), path + "[2]");
        long elementsCount = Shapes.size(shape);
        if (elementsCount > limits.maxParameterSets()) {
            throw new PrimitiveInputException(path, "the PUB's shape " + Shapes.format(shape) + " has " + elementsCount
                    + " elements; at most " + limits.maxParameterSets() + " are allowed");
        }
        double precision;
        int shotsPerTerm;
        Object pubPrecision = elements.size() > 3 ? elements.get(3) : null;
        if (pubPrecision != null) {
            precision = OptionsValidator.precision(pubPrecision, path + "[3]");
            shotsPerTerm = shotsFor(precision, path + "[3]");
        } else if (options.precision() != null) {
            precision = options.precision();
            shotsPerTerm = shotsFor(precision, "params.precision");
        } else if (options.defaultShots() != null) {
            // Qiskit: default_shots, when set, overrides default_precision.
            shotsPerTerm = options.defaultShots();
            precision = 1.0 / Math.sqrt(shotsPerTerm);
        } else if (options.defaultPrecision() != null) {
            precision = options.defaultPrecision();
            shotsPerTerm = shotsFor(precision, "params.options.default_precision");
        } else {
            precision = PrimitiveOptions.DEFAULT_PRECISION;
            shotsPerTerm = shotsFor(precision, path);
        }
        EstimatorPub decoded = new EstimatorPub(index, circuit, observables, values, shape, precision, shotsPerTerm);
        long total = decoded.totalShots();
        if (total > limits.maxTotalShots()) {
            throw new PrimitiveInputException(path, "precision " + precision + " needs " + shotsPerTerm + " shots per term, "
                    + total + " in all for this PUB, above the limit of " + limits.maxTotalShots() + " shots per job; "
                    + "ask for a larger precision or fewer observables");
        }
        return decoded;
    }

    /** ceil(1/precision^2): the shots whose standard error of a +-1 mean is at most the precision. */
    private int shotsFor(double precision, String path) {
        if (precision == 0) {
            return 0;
        }
        double n = Math.ceil(1.0 / (precision * precision) - 1e-9);
        if (n > limits.maxShots()) {
            throw new PrimitiveInputException(path, "precision " + precision + " needs " + (long) n
                    + " shots per Pauli term, above the limit of " + limits.maxShots() + "; the smallest precision is "
                    + (1.0 / Math.sqrt(limits.maxShots())) + " (or 0 for the exact value)");
        }
        return (int) n;
    }

    private void checkWidth(Observable o, Circuit circuit, String path) {
        int width = o.numQubits();
        if (circuit.physicalQubits()) {
            if (width < circuit.numQubits()) {
                throw new PrimitiveInputException(path, "the observable " + o.describe() + " spans " + width
                        + " qubits but the circuit uses physical qubit $" + (circuit.numQubits() - 1)
                        + "; give at least " + circuit.numQubits() + " Pauli characters (qubit 0 rightmost)");
            }
        } else if (width != circuit.numQubits()) {
            throw new PrimitiveInputException(path, "the observable " + o.describe() + " spans " + width
                    + " qubits but the circuit has " + circuit.numQubits() + "; give one Pauli character per qubit (qubit 0 rightmost)");
        }
    }

    private int checkSets(int sets, String path) {
        if (sets > limits.maxParameterSets()) {
            throw new PrimitiveInputException(path, sets + " parameter sets; at most " + limits.maxParameterSets()
                    + " are allowed per PUB");
        }
        return sets;
    }

    /** Parameter values: the client's typed ndarray, or the plain JSON forms of {@link BindingsArray#decode}. */
    private BindingsArray bindings(Object json, Circuit circuit, String path) {
        if (QiskitTypedValues.is(json, "ndarray")) {
            return typed.bindings(json, circuit.parameters(), path);
        }
        if (QiskitTypedValues.isTyped(json)) {
            throw new PrimitiveInputException(path, "parameter values of Qiskit type '" + ((Map<?, ?>) json).get("__type__")
                    + "' are not supported; send an ndarray, a list or a dict keyed by parameter name");
        }
        return BindingsArray.decode(json, circuit.parameters(), path);
    }

    private Circuit circuit(Object source, String path) {
        String at = path + "[0]";
        if (QiskitTypedValues.is(source, "QuantumCircuit")) {
            return typed.circuit(source, at);
        }
        if (!(source instanceof String qasm)) {
            throw new PrimitiveInputException(at, "expected the circuit as an OpenQASM string or a Qiskit "
                    + "{\"__type__\": \"QuantumCircuit\"} value, found " + JsonValues.describe(source));
        }
        if (qasm.length() > limits.maxCircuitChars()) {
            throw new PrimitiveInputException(at, "the circuit has " + qasm.length() + " characters; at most "
                    + limits.maxCircuitChars() + " are allowed");
        }
        return parser.apply(qasm, path);
    }

    private static List<?> elements(Object pub, String path, int min, int max, String form) {
        if (pub instanceof String || QiskitTypedValues.is(pub, "QuantumCircuit")) {
            if (min > 1) {
                throw new PrimitiveInputException(path, "a bare circuit is not a complete PUB here; write " + form);
            }
            return java.util.Collections.singletonList(pub);
        }
        if (!(pub instanceof List<?> list)) {
            throw new PrimitiveInputException(path, "expected a PUB " + form + ", found " + JsonValues.describe(pub));
        }
        if (list.size() < min || list.size() > max) {
            throw new PrimitiveInputException(path, "a PUB has " + min + " to " + max + " elements " + form + ", found "
                    + list.size());
        }
        return list;
    }
}
