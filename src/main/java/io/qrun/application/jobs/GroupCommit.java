package io.qrun.application.jobs;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.function.Function;

/**
 * Stores the items of concurrent callers in shared transactions (group commit): a caller that
 * finds no group being stored stores one itself, with every item waiting at that moment (up to
 * {@code maxGroup}, its own among them); the others wait for it and find their item stored. A lone
 * caller stores its item alone at once, so a group adds no wait: it forms only from callers that
 * would otherwise have waited for the database in turn.
 *
 * <p>The group's work returns one {@link Outcome} per item, in order: stored, or refused by a
 * check of its own (the caller gets that exception, the others are stored). When the group's work
 * throws (a database error rolls the whole transaction back), each of its items is stored again
 * alone, so an item fails only itself. Nothing here knows about transactions: the two functions
 * bring their own.
 *
 * @param <T> what a caller hands in
 * @param <R> what it gets back
 */
public final class GroupCommit<T, R> {

    /** What became of one item of a group: its result, or the exception its caller gets. */
    public record Outcome<R>(R result, RuntimeException refusal) {

        public static <R> Outcome<R> stored(R result) {
            return new Outcome<>(result, null);
        }

        public static <R> Outcome<R> refused(RuntimeException refusal) {
            return new Outcome<>(null, Objects.requireNonNull(refusal, "refusal"));
        }
    }

    private final int maxGroup;
    private final Function<List<T>, List<Outcome<R>>> group;
    private final Function<T, R> alone;
    private final Queue<Waiting<T, R>> waiting = new ConcurrentLinkedQueue<>();
    private final Object turn = new Object();
    private boolean storing;   // guarded by turn

    /**
     * @param maxGroup the most items one transaction stores
     * @param group    stores the items in one transaction; one outcome per item, in their order
     * @param alone    stores one item in a transaction of its own, throwing what refuses it
     */
    public GroupCommit(int maxGroup, Function<List<T>, List<Outcome<R>>> group, Function<T, R> alone) {
        if (maxGroup < 1) {
            throw new IllegalArgumentException("maxGroup must be at least 1, found " + maxGroup);
        }
        this.maxGroup = maxGroup;
        this.group = Objects.requireNonNull(group, "group");
        this.alone = Objects.requireNonNull(alone, "alone");
    }

    /** Stores the item (in a group or alone) and returns its result, or throws what refused it. */
    public R store(T item) {
        Waiting<T, R> mine = new Waiting<>(item);
        waiting.add(mine);
        boolean interrupted = false;
        try {
            while (!mine.isDone()) {
                synchronized (turn) {
                    while (storing && !mine.isDone()) {
                        try {
                            turn.wait();
                        } catch (InterruptedException e) {
                            // the item is in the queue and will be stored: wait for it, keep the interrupt
                            interrupted = true;
                        }
                    }
                    if (mine.isDone()) {
                        break;
                    }
                    storing = true;
                }
                try {
                    storeNextGroup();
                } finally {
                    synchronized (turn) {
                        storing = false;
                        turn.notifyAll();
                    }
                }
            }
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
        return mine.outcome();
    }

    /** How many items wait to be taken into a group (for tests that line callers up). */
    int waitingItems() {
        return waiting.size();
    }

    private void storeNextGroup() {
        List<Waiting<T, R>> taken = new ArrayList<>();
        Waiting<T, R> next;
        while (taken.size() < maxGroup && (next = waiting.poll()) != null) {
            taken.add(next);
        }
        try {
            if (taken.size() == 1) {
                storeAlone(taken.get(0));
                return;
            }
            List<T> items = new ArrayList<>(taken.size());
            for (Waiting<T, R> w : taken) {
                items.add(w.item);
            }
            List<Outcome<R>> outcomes;
            try {
                outcomes = group.apply(items);
            } catch (RuntimeException groupFailed) {
                for (Waiting<T, R> w : taken) {
                    storeAlone(w);
                }
                return;
            }
            if (outcomes.size() != taken.size()) {
                throw new IllegalStateException("A group of " + taken.size() + " items gave " + outcomes.size()
                        + " outcomes");
            }
            for (int i = 0; i < taken.size(); i++) {
                taken.get(i).done(outcomes.get(i));
            }
        } catch (RuntimeException | Error e) {
            // nothing taken from the queue may be left without an outcome: its caller would wait for good
            for (Waiting<T, R> w : taken) {
                w.failIfOpen(e);
            }
            throw e;
        }
    }

    private void storeAlone(Waiting<T, R> w) {
        try {
            w.done(Outcome.stored(alone.apply(w.item)));
        } catch (RuntimeException e) {
            w.done(Outcome.refused(e));
        }
    }

    /** One caller's item and, once stored or refused, its outcome (read by the caller's thread). */
    private static final class Waiting<T, R> {

        final T item;
        private volatile Outcome<R> outcome;
        private volatile Throwable broken;

        Waiting(T item) {
            this.item = item;
        }

        boolean isDone() {
            return outcome != null || broken != null;
        }

        void done(Outcome<R> o) {
            outcome = Objects.requireNonNull(o, "outcome");
        }

        void failIfOpen(Throwable e) {
            if (!isDone()) {
                broken = e;
            }
        }

        R outcome() {
            Throwable b = broken;
            if (b instanceof Error error) {
                throw error;
            }
            if (b instanceof RuntimeException e) {
                throw e;
            }
            if (b != null) {
                throw new IllegalStateException("Storing the item failed: " + b, b);
            }
            if (outcome.refusal() != null) {
                throw outcome.refusal();
            }
            return outcome.result();
        }
    }
}
