package io.qrun.engine.sim;

/**
 * How the statevector simulator may use the machine.
 *
 * @param maxQubits               largest state the server agrees to simulate (qrun.engine.max-qubits);
 *                                2^maxQubits complex128 amplitudes must fit one Java array, so at most 29
 * @param parallelThresholdQubits states with more qubits than this are processed by several threads;
 *                                smaller ones stay on the calling thread (forking costs more than it saves)
 * @param threads                 worker threads for large states
 */
public record SimulatorConfig(int maxQubits, int parallelThresholdQubits, int threads) {

    /** 2^29 amplitudes = 2^30 doubles is the largest state one Java array can hold. */
    public static final int ARRAY_LIMIT_QUBITS = 29;

    public SimulatorConfig {
        if (maxQubits < 1 || maxQubits > ARRAY_LIMIT_QUBITS) {
            throw new IllegalArgumentException("SimulatorConfig.maxQubits is " + maxQubits
                    + "; it must be between 1 and " + ARRAY_LIMIT_QUBITS
                    + " (one Java array holds at most 2^30 doubles)");
        }
        if (parallelThresholdQubits < 0) {
            throw new IllegalArgumentException("SimulatorConfig.parallelThresholdQubits is "
                    + parallelThresholdQubits + "; it must be 0 or more");
        }
        if (threads < 1) {
            throw new IllegalArgumentException("SimulatorConfig.threads is " + threads + "; it must be 1 or more");
        }
    }

    /** 28 qubits (4 GiB of state), threads above 14 qubits, one thread per available processor. */
    public static SimulatorConfig defaults() {
        return new SimulatorConfig(28, 14, Runtime.getRuntime().availableProcessors());
    }

    public SimulatorConfig withMaxQubits(int max) {
        return new SimulatorConfig(max, parallelThresholdQubits, threads);
    }

    public SimulatorConfig withParallelThresholdQubits(int threshold) {
        return new SimulatorConfig(maxQubits, threshold, threads);
    }

    public SimulatorConfig withThreads(int count) {
        return new SimulatorConfig(maxQubits, parallelThresholdQubits, count);
    }
}
