package io.qrun.engine.sim;

import java.util.ArrayList;
import java.util.List;

/**
 * Consecutive gates that all act below qubit {@code blockQubits} applied block by block: every
 * block of 2^blockQubits consecutive amplitudes (small enough for the L2 cache) gets all the gates
 * in order before the next block is loaded, so k gates cost one pass over memory instead of k.
 * A gate on low qubits maps each block to itself, and the groups of a block are a contiguous
 * range, so every amplitude sees exactly the arithmetic of gate-by-gate application, in the same
 * order: the result is bitwise identical.
 */
final class CacheBlockedKernels extends GateKernel {

    /** 2^13 amplitudes = 128 KiB per block. */
    static final int DEFAULT_BLOCK_QUBITS = 13;

    private final GateKernel[] kernels;
    private final int[] groupsPerBlock;
    private final int blocks;

    private CacheBlockedKernels(List<GateKernel> kernels, int numQubits, int blockQubits) {
        super(null);
        this.kernels = kernels.toArray(new GateKernel[0]);
        this.groupsPerBlock = new int[this.kernels.length];
        for (int k = 0; k < this.kernels.length; k++) {
            groupsPerBlock[k] = 1 << (blockQubits - this.kernels[k].subspace().fixedCount());
        }
        this.blocks = 1 << (numQubits - blockQubits);
    }

    @Override
    int groups() {
        return blocks;
    }

    @Override
    void apply(double[] s, int from, int to) {
        for (int b = from; b < to; b++) {
            for (int k = 0; k < kernels.length; k++) {
                int per = groupsPerBlock[k];
                kernels[k].apply(s, b * per, (b + 1) * per);
            }
        }
    }

    /**
     * Groups runs of at least two consecutive kernels that act below {@code blockQubits} into
     * cache-blocked passes; other kernels stay as they are. States no larger than a block are
     * left alone (they sit in cache anyway).
     */
    static List<GateKernel> group(List<GateKernel> kernels, int numQubits, int blockQubits) {
        if (numQubits <= blockQubits) {
            return kernels;
        }
        List<GateKernel> out = new ArrayList<>();
        List<GateKernel> run = new ArrayList<>();
        for (GateKernel k : kernels) {
            if (k.subspace() != null && k.subspace().highestFixed() < blockQubits) {
                run.add(k);
            } else {
                flush(run, out, numQubits, blockQubits);
                out.add(k);
            }
        }
        flush(run, out, numQubits, blockQubits);
        return out;
    }

    private static void flush(List<GateKernel> run, List<GateKernel> out, int numQubits, int blockQubits) {
        if (run.size() >= 2) {
            out.add(new CacheBlockedKernels(new ArrayList<>(run), numQubits, blockQubits));
        } else {
            out.addAll(run);
        }
        run.clear();
    }
}
