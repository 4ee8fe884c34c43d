package io.qrun.engine.compile;

import io.qrun.engine.sim.Op;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;

/**
 * Greedy gate fusion: merges runs of unitary ops into dense {@link Op.Unitary} blocks on at most
 * {@code maxFusedQubits} qubits, so the simulator makes one pass over the state per block instead
 * of one per gate. The result is exactly the same unitary (up to rounding).
 *
 * <p>Several blocks on disjoint qubits stay open at once (they commute); an op joins the blocks it
 * touches when their union still fits, else those blocks are emitted and it starts a new one.
 * Measurements, resets and noise close the blocks on their qubits; conditionals close all blocks;
 * barriers close the blocks on the barrier's qubits. A block of a single op is emitted as that op
 * unchanged: densifying it would not save a pass, and controlled ops stay cheap that way. Global
 * phases are summed and folded into the first dense unitary of the list (a scalar commutes with
 * everything). A block is emitted dense only when the cost model says that is cheaper than its
 * ops; else its ops are fused again with narrower blocks.
 */
final class Fuser {

    /** A fusion input: an op, or a barrier (a fusion boundary with no op). */
    sealed interface Item {}

    record OpItem(Op op) implements Item {}

    record BarrierItem(int[] qubits) implements Item {}

    private static final class Block {
        int[] qubits;
        final List<Op> ops = new ArrayList<>();

        Block(int[] qubits, Op op) {
            this.qubits = qubits;
            ops.add(op);
        }
    }

    private final int maxFusedQubits;

    Fuser(int maxFusedQubits) {
        this.maxFusedQubits = maxFusedQubits;
    }

    List<Op> fuse(List<Item> items) {
        List<Op> out = new ArrayList<>();
        List<Block> open = new ArrayList<>();
        double phase = 0;
        for (Item item : items) {
            if (item instanceof BarrierItem b) {
                flushTouching(open, b.qubits(), out);
                continue;
            }
            Op op = ((OpItem) item).op();
            if (op instanceof Op.GlobalPhase g) {
                phase += g.phase();
            } else if (op instanceof Op.Unitary || op instanceof Op.ControlledUnitary) {
                add(op, open, out);
            } else if (op instanceof Op.Conditional) {
                flushAll(open, out);
                out.add(op);
            } else {
                flushTouching(open, OpLists.qubitsOf(op), out);
                out.add(op);
            }
        }
        flushAll(open, out);
        if (phase != 0) {
            applyPhase(out, phase);
        }
        return out;
    }

    private void add(Op op, List<Block> open, List<Op> out) {
        int[] q = sorted(OpLists.qubitsOf(op));
        if (q.length > maxFusedQubits) {
            flushTouching(open, q, out);
            out.add(op);
            return;
        }
        List<Block> touching = new ArrayList<>();
        int[] union = q;
        for (Block b : open) {
            if (intersects(b.qubits, q)) {
                touching.add(b);
                union = union(union, b.qubits);
            }
        }
        if (union.length <= maxFusedQubits) {
            Block merged;
            if (touching.isEmpty()) {
                merged = new Block(union, op);
                open.add(merged);
                return;
            }
            merged = touching.get(0);
            for (int i = 1; i < touching.size(); i++) {
                // disjoint blocks commute: appending one after the other is exact
                merged.ops.addAll(touching.get(i).ops);
                open.remove(touching.get(i));
            }
            merged.qubits = union;
            merged.ops.add(op);
            return;
        }
        for (Block b : touching) {
            emit(b, out);
            open.remove(b);
        }
        open.add(new Block(q, op));
    }

    private static void flushTouching(List<Block> open, int[] qubits, List<Op> out) {
        for (Iterator<Block> it = open.iterator(); it.hasNext(); ) {
            Block b = it.next();
            if (intersects(b.qubits, qubits)) {
                emit(b, out);
                it.remove();
            }
        }
    }

    private static void flushAll(List<Block> open, List<Op> out) {
        for (Block b : open) {
            emit(b, out);
        }
        open.clear();
    }

    /**
     * Emits a block as one dense op when that is estimated ({@link FusionCostModel}) no costlier
     * than the alternative: its ops fused again with blocks one qubit narrower (recursively, down to
     * the ops unchanged).
     */
    private static void emit(Block b, List<Op> out) {
        if (b.ops.size() == 1) {
            out.add(b.ops.get(0));
            return;
        }
        // positions of the block's qubits: op qubit q -> index of q in the block's sorted qubits
        int max = b.qubits[b.qubits.length - 1];
        int[] position = new int[max + 1];
        for (int i = 0; i < b.qubits.length; i++) {
            position[b.qubits[i]] = i;
        }
        // the alternative: the same ops fused with blocks one qubit narrower (or as they are)
        List<Op> alternative;
        if (b.qubits.length > 1) {
            List<Item> items = new ArrayList<>(b.ops.size());
            for (Op op : b.ops) {
                items.add(new OpItem(op));
            }
            alternative = new Fuser(b.qubits.length - 1).fuse(items);
        } else {
            alternative = b.ops;
        }
        double alternativeCost = 0;
        boolean allDiagonal = true;
        for (Op op : alternative) {
            alternativeCost += FusionCostModel.of(op);
        }
        for (Op op : b.ops) {
            allDiagonal &= op instanceof Op.Unitary u && Matrices.isDiagonal(u.matrix())
                    || op instanceof Op.ControlledUnitary c && Matrices.isDiagonal(c.matrix());
        }
        if (FusionCostModel.block(b.qubits.length, allDiagonal) <= alternativeCost) {
            double[] m = OpLists.dense(OpLists.remapAll(b.ops, position), b.qubits.length);
            out.add(new Op.Unitary(b.qubits.clone(), m));
        } else {
            out.addAll(alternative);
        }
    }

    private static void applyPhase(List<Op> out, double phase) {
        for (int i = 0; i < out.size(); i++) {
            if (out.get(i) instanceof Op.Unitary u) {
                out.set(i, new Op.Unitary(u.qubits(), Matrices.scale(u.matrix(), Math.cos(phase), Math.sin(phase))));
                return;
            }
        }
        out.add(0, new Op.GlobalPhase(phase));
    }

    private static int[] sorted(int[] q) {
        int[] s = q.clone();
        Arrays.sort(s);
        return s;
    }

    private static boolean intersects(int[] sortedA, int[] b) {
        for (int x : b) {
            if (Arrays.binarySearch(sortedA, x) >= 0) {
                return true;
            }
        }
        return false;
    }

    private static int[] union(int[] a, int[] b) {
        return java.util.stream.IntStream.concat(Arrays.stream(a), Arrays.stream(b)).distinct().sorted().toArray();
    }
}
