package io.qrun.engine.sim;

/**
 * A pure n-qubit state: 2^n complex128 amplitudes in one array, interleaved (re, im). Amplitude
 * index bit q is qubit q (little-endian, as in Qiskit).
 */
public final class StateVector {

    private final int numQubits;
    private final double[] amplitudes;

    StateVector(int numQubits, double[] amplitudes) {
        if (amplitudes.length != 2 << numQubits) {
            throw new IllegalArgumentException("A " + numQubits + "-qubit state needs " + (2 << numQubits)
                    + " doubles, got " + amplitudes.length);
        }
        this.numQubits = numQubits;
        this.amplitudes = amplitudes;
    }

    /** |0...0> on n qubits, limited by the array size and the JVM heap. */
    public static StateVector zero(int numQubits) {
        return zero(numQubits, SimulatorConfig.ARRAY_LIMIT_QUBITS);
    }

    static StateVector zero(int numQubits, int maxQubits) {
        double[] a = StateMemory.allocate(numQubits, maxQubits);
        a[0] = 1.0;
        return new StateVector(numQubits, a);
    }

    /** A state with the given interleaved amplitudes (copied); the caller is responsible for the norm. */
    public static StateVector of(int numQubits, double[] interleaved) {
        if (numQubits < 0 || numQubits > SimulatorConfig.ARRAY_LIMIT_QUBITS) {
            throw new IllegalArgumentException("numQubits must be between 0 and "
                    + SimulatorConfig.ARRAY_LIMIT_QUBITS + ", got " + numQubits);
        }
        return new StateVector(numQubits, interleaved.clone());
    }

    public int numQubits() {
        return numQubits;
    }

    /** Number of amplitudes, 2^n. */
    public long dimension() {
        return 1L << numQubits;
    }

    public double re(long index) {
        return amplitudes[checked(index) * 2];
    }

    public double im(long index) {
        return amplitudes[checked(index) * 2 + 1];
    }

    /** |amplitude|^2 of basis state {@code index}. */
    public double probability(long index) {
        int i = checked(index) * 2;
        double r = amplitudes[i];
        double m = amplitudes[i + 1];
        return r * r + m * m;
    }

    /** A deep copy (allocates a second state). */
    public StateVector copy() {
        return new StateVector(numQubits, amplitudes.clone());
    }

    /** The live amplitude array; the simulator's kernels work on it in place. */
    double[] amplitudes() {
        return amplitudes;
    }

    private int checked(long index) {
        if (index < 0 || index >= dimension()) {
            throw new IndexOutOfBoundsException("Basis index " + index + " is outside 0.." + (dimension() - 1)
                    + " of a " + numQubits + "-qubit state");
        }
        return (int) index;
    }
}
