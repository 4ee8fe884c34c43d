package io.qrun.engine.sim;

import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Per-shot trajectories that share their noiseless beginnings. Up to the first measurement,
 * reset, conditional or amplitude-damping relaxation (T2 > T1), a trajectory differs from the
 * noiseless circuit only where a depolarizing op or a mixture-form relaxation (T2 <= T1) acts, and
 * whether it acts does not depend on the state. So each shot first
 * draws, with its own generator, the position of its first firing depolarizing op; the shots are
 * sorted by that position, and one running noiseless state is advanced through the circuit,
 * copied for each shot when the shot's position is reached. With weak noise most shots branch off
 * late, and the gates before that are computed once instead of once per shot.
 *
 * <p>Every shot consumes its generator exactly as a plain trajectory from the start would, and the
 * running state goes through the same kernels in the same order, so each shot is bitwise the
 * trajectory {@link Simulator#runTrajectory} gives for the same generator.
 */
final class SharedPrefixSampler {

    private final ExecutionPlan plan;
    private final StateOps ops;
    private final TrajectoryRunner trajectories;
    private final int maxQubits;
    private final List<Op> list;
    private final int sharedEnd;   // first op whose noisy action depends on the state

    SharedPrefixSampler(ExecutionPlan plan, StateOps ops, TrajectoryRunner trajectories, int maxQubits) {
        this.plan = plan;
        this.ops = ops;
        this.trajectories = trajectories;
        this.maxQubits = maxQubits;
        this.list = plan.ops();
        int end = 0;
        while (end < list.size() && isShareable(list.get(end))) {
            end++;
        }
        this.sharedEnd = end;
    }

    /** Ops whose noisy action can be decided before the state is known. */
    private static boolean isShareable(Op op) {
        return ExecutionPlan.isUnitary(op) || op instanceof Op.Depolarizing
                || op instanceof Op.ThermalRelaxation t && (t.time() == 0 || TrajectoryRunner.isMixture(t));
    }

    /** One shot per seed; {@code workers} threads each take a contiguous slice of the sorted shots. */
    Shots sample(long[] seeds, int workers) {
        Program p = plan.program();
        int shots = seeds.length;
        int words = Shots.wordsPerShot(p.numClbits());
        long[] data = new long[shots * words];
        if (shots == 0) {
            return new Shots(0, p.numClbits(), data);
        }
        SplittableRandom[] generators = new SplittableRandom[shots];
        long[] keyed = new long[shots]; // branch position in the high bits, shot index in the low
        for (int shot = 0; shot < shots; shot++) {
            generators[shot] = new SplittableRandom(seeds[shot]);
            keyed[shot] = ((long) branchPosition(generators[shot]) << 32) | shot;
        }
        Arrays.sort(keyed);
        ops.runner().forEachTask(workers, worker -> {
            int from = (int) ((long) shots * worker / workers);
            int to = (int) ((long) shots * (worker + 1) / workers);
            runSlice(keyed, from, to, generators, data, words);
        });
        return new Shots(shots, p.numClbits(), data);
    }

    /** Index of the first noise op that acts in this shot, or {@code sharedEnd}. */
    private int branchPosition(SplittableRandom rng) {
        for (int i = 0; i < sharedEnd; i++) {
            Op op = list.get(i);
            if (op instanceof Op.Depolarizing d && TrajectoryRunner.fires(d, rng)) {
                return i;
            }
            if (op instanceof Op.ThermalRelaxation t && TrajectoryRunner.fires(t, rng)) {
                return i;
            }
        }
        return sharedEnd;
    }

    private void runSlice(long[] keyed, int from, int to, SplittableRandom[] generators, long[] data, int words) {
        if (from >= to) {
            return;
        }
        int n = plan.numQubits();
        StateVector running = StateVector.zero(n, maxQubits);
        StateVector work = StateVector.zero(n, maxQubits);
        long[] clbits = new long[Math.max(1, words)];
        int position = 0;
        for (int k = from; k < to; k++) {
            int branch = (int) (keyed[k] >>> 32);
            int shot = (int) keyed[k];
            position = advance(running, position, branch);
            System.arraycopy(running.amplitudes(), 0, work.amplitudes(), 0, running.amplitudes().length);
            Arrays.fill(clbits, 0L);
            SplittableRandom rng = generators[shot];
            int next = branch;
            if (branch < sharedEnd) {
                Op fired = list.get(branch);
                if (fired instanceof Op.Depolarizing d) {
                    trajectories.applyRandomPauli(work, d, rng);
                } else {
                    trajectories.applyFiredRelaxation(work, (Op.ThermalRelaxation) fired, rng);
                }
                next = branch + 1;
            }
            trajectories.run(plan, list, next, work, rng, clbits);
            System.arraycopy(clbits, 0, data, shot * words, words);
        }
    }

    /** Applies the unitaries of ops [from, to) to the running state (the noise ops there did not act). */
    private int advance(StateVector running, int from, int to) {
        if (to > from) {
            List<Op> unitaries = list.subList(from, to).stream().filter(ExecutionPlan::isUnitary).toList();
            for (GateKernel k : plan.unitaryPass(unitaries, CacheBlockedKernels.DEFAULT_BLOCK_QUBITS)) {
                ops.apply(running, k);
            }
        }
        return Math.max(from, to);
    }
}
