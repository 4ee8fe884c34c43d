package io.qrun.engine.sim;

import java.util.List;
import java.util.random.RandomGenerator;

/**
 * The exact statevector simulator: runs compiled {@link Program}s on complex128 states held in one
 * array, samples shots, and evaluates Pauli expectation values. Thread-safe: it holds no per-run
 * state, and large states are processed by a shared pool of {@link SimulatorConfig#threads()}.
 */
public final class Simulator {

    private final SimulatorConfig config;
    private final StateOps ops;
    private final TrajectoryRunner trajectories;
    private final ShotSampler sampler;
    private final PauliExpectation expectations;

    public Simulator(SimulatorConfig config) {
        if (config == null) {
            throw new IllegalArgumentException("No SimulatorConfig given; use SimulatorConfig.defaults()");
        }
        this.config = config;
        KernelFamily.active(); // chooses (and logs) the kernel family when the engine starts
        ParallelRunner runner = new ParallelRunner(config);
        this.ops = new StateOps(runner);
        this.trajectories = new TrajectoryRunner(ops);
        this.sampler = new ShotSampler(runner);
        this.expectations = new PauliExpectation(runner);
    }

    public SimulatorConfig config() {
        return config;
    }

    /**
     * The state after every unitary op, measurements ignored: the pre-measurement state the
     * Estimator needs.
     *
     * @throws TooManyQubitsException   before allocating, when the state is too large
     * @throws IllegalArgumentException when the program has a reset, conditional or noise op
     */
    public StateVector finalState(Program p) {
        ExecutionPlan plan = plan(p, 1);
        List<Op> list = p.ops();
        for (int i = 0; i < list.size(); i++) {
            Op op = list.get(i);
            if (!ExecutionPlan.isUnitary(op) && !(op instanceof Op.Measure) && !plan.isDroppedReset(op)) {
                throw new IllegalArgumentException("The final state is defined for unitary programs only, but "
                        + ExecutionPlan.describe("op ", i, op)
                        + " is not unitary; simulate it per shot with runTrajectory or sample");
            }
        }
        StateVector state = StateVector.zero(p.numQubits(), config.maxQubits());
        applyAll(state, plan.unitaryPass(plan.ops(), CacheBlockedKernels.DEFAULT_BLOCK_QUBITS));
        return state;
    }

    /**
     * One trajectory: noise, measurements, resets and conditionals drawn with {@code rng}. Clears and
     * then writes the classical bits: clbit k is bit k%64 of clbits[k/64].
     */
    public StateVector runTrajectory(Program p, RandomGenerator rng, long[] clbits) {
        ExecutionPlan plan = plan(p, 1);
        requireRng(rng);
        int words = Shots.wordsPerShot(p.numClbits());
        if (clbits == null || clbits.length < words) {
            throw new IllegalArgumentException("The program has " + p.numClbits() + " clbits, so clbits needs "
                    + words + " words; got " + (clbits == null ? "none" : clbits.length));
        }
        java.util.Arrays.fill(clbits, 0L);
        StateVector state = StateVector.zero(p.numQubits(), config.maxQubits());
        trajectories.run(plan, plan.ops(), 0, state, rng, clbits);
        return state;
    }

    /**
     * Samples {@code shots} shots. Without mid-circuit measurement, resets, conditionals or noise,
     * the final state is computed once and all shots are drawn from its distribution; otherwise
     * the unitary prefix is computed once and every shot runs the rest as a trajectory on a copy.
     * The choice follows from the ops themselves ({@code Program.dynamic()} is not needed for it):
     * resets of qubits that are still |0> are dropped, and a measured qubit may still control
     * later gates. The same seed gives the same shots at any thread count.
     */
    public Shots sample(Program p, int shots, RandomGenerator rng) {
        if (shots < 0) {
            throw new IllegalArgumentException("shots is " + shots + "; it must be 0 or more");
        }
        requireRng(rng);
        ExecutionPlan plan = plan(p, 1);
        long words = (long) shots * Shots.wordsPerShot(p.numClbits());
        if (words > Integer.MAX_VALUE - 8) {
            throw new IllegalArgumentException(shots + " shots of " + p.numClbits()
                    + " clbits do not fit one result array; use fewer shots");
        }
        if (plan.sampleFromFinalState()) {
            return sampleFinalState(plan, shots, rng);
        }
        StateMemory.require(p.numQubits(), 2, config.maxQubits()); // the shared prefix and a working copy
        return sampleTrajectories(plan, shots, rng);
    }

    /** <psi|P|psi> for a Pauli on the state's qubits, computed in place. */
    public double expectation(StateVector s, PauliString p) {
        if (s == null || p == null) {
            throw new IllegalArgumentException("expectation needs a state and a Pauli string");
        }
        return expectations.expectation(s, p);
    }

    private Shots sampleFinalState(ExecutionPlan plan, int shots, RandomGenerator rng) {
        Program p = plan.program();
        StateVector state = StateVector.zero(p.numQubits(), config.maxQubits());
        applyAll(state, plan.unitaryPass(plan.ops(), CacheBlockedKernels.DEFAULT_BLOCK_QUBITS));
        int[] outcomes = sampler.draw(state, shots, rng);
        int words = Shots.wordsPerShot(p.numClbits());
        long[] data = new long[shots * words];
        List<ExecutionPlan.TerminalMeasure> measures = plan.terminalMeasures();
        for (int shot = 0; shot < shots; shot++) {
            int outcome = outcomes[shot];
            int offset = shot * words;
            for (ExecutionPlan.TerminalMeasure m : measures) {
                int bit = outcome >>> m.qubit() & 1;
                double flip = bit == 0 ? m.probMeas1Prep0() : m.probMeas0Prep1();
                if (flip > 0 && rng.nextDouble() < flip) {
                    bit ^= 1;
                }
                int w = offset + (m.clbit() >>> 6);
                long mask = 1L << (m.clbit() & 63);
                data[w] = bit == 1 ? data[w] | mask : data[w] & ~mask;
            }
        }
        return new Shots(shots, p.numClbits(), data);
    }

    /**
     * Per-shot trajectories, each shot with its own generator seeded from {@code rng} in shot
     * order, sharing the noiseless part of the work (see {@link SharedPrefixSampler}). Small states
     * spread the shots over threads (their kernels stay on one thread); the shots are the same for
     * a seed at any thread count.
     */
    private Shots sampleTrajectories(ExecutionPlan plan, int shots, RandomGenerator rng) {
        long[] seeds = new long[shots];
        for (int shot = 0; shot < shots; shot++) {
            seeds[shot] = rng.nextLong();
        }
        return new SharedPrefixSampler(plan, ops, trajectories, config.maxQubits())
                .sample(seeds, shotWorkers(plan.numQubits(), shots));
    }

    /**
     * Threads for per-shot work: one when the state is large enough for the kernels to use the
     * threads (or the working copies would take more than a quarter of the heap), else one per
     * configured thread.
     */
    private int shotWorkers(int numQubits, int shots) {
        if (shots < 2 || ops.runner().isParallel(numQubits)) {
            return 1;
        }
        int workers = Math.min(config.threads(), shots);
        long heap = Runtime.getRuntime().maxMemory();
        while (workers > 1 && StateMemory.bytes(numQubits) * (2L * workers) > heap / 4) {
            workers--;
        }
        return workers;
    }

    private void applyAll(StateVector state, List<GateKernel> kernels) {
        for (GateKernel k : kernels) {
            ops.apply(state, k);
        }
    }

    /** Checks the size first (nothing allocated yet), then validates and prepares the program. */
    private ExecutionPlan plan(Program p, int stateCopies) {
        if (p == null) {
            throw new IllegalArgumentException("No program given");
        }
        StateMemory.require(p.numQubits(), stateCopies, config.maxQubits());
        return new ExecutionPlan(p);
    }

    private static void requireRng(RandomGenerator rng) {
        if (rng == null) {
            throw new IllegalArgumentException("No RandomGenerator given; pass a seeded one for reproducible shots");
        }
    }
}
