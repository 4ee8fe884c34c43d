package io.qrun.application.jobs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

class GroupCommitTest {

    private static final Duration DEADLINE = Duration.ofSeconds(30);

    /** The item of the caller that holds the turn while the others line up. */
    private static final int HOLDER = -1;

    @Test
    void aLoneItemIsStoredAloneOnItsCallersThread() {
        List<String> threads = Collections.synchronizedList(new ArrayList<>());
        GroupCommit<Integer, String> commit = new GroupCommit<>(8, g -> {
            throw new AssertionError("no group for a lone item");
        }, i -> {
            threads.add(Thread.currentThread().getName());
            return "stored " + i;
        });

        assertEquals("stored 7", commit.store(7));
        assertEquals(List.of(Thread.currentThread().getName()), threads);
    }

    @Test
    void callersThatWaitedForATurnShareOneGroupAndEachGetsItsOwnResult() throws Exception {
        List<List<Integer>> groups = Collections.synchronizedList(new ArrayList<>());
        List<Integer> items = new ArrayList<>();
        for (int i = 0; i < 31; i++) {
            items.add(i);
        }
        List<Object> results = storeLinedUp(64, g -> {
            groups.add(List.copyOf(g));
            return g.stream().map(i -> GroupCommit.Outcome.stored("job " + i)).toList();
        }, i -> "alone " + i, items);

        assertEquals(1, groups.size(), "groups " + groups);
        assertEquals(31, groups.get(0).size());
        assertEquals(items, groups.get(0), "every item once, in the order they lined up");
        for (int i = 0; i < items.size(); i++) {
            assertEquals("job " + i, results.get(i));
        }
    }

    @Test
    void aRefusedItemFailsOnlyItsOwnCaller() throws Exception {
        IllegalArgumentException refusal = new IllegalArgumentException("item 3 is refused");
        List<Object> results = storeLinedUp(64, g -> g.stream()
                .map(i -> i == 3 ? GroupCommit.Outcome.<String>refused(refusal) : GroupCommit.Outcome.stored("job " + i))
                .toList(), i -> "alone " + i, List.of(1, 2, 3, 4));

        assertEquals("job 1", results.get(0));
        assertEquals("job 2", results.get(1));
        assertSame(refusal, results.get(2));
        assertEquals("job 4", results.get(3));
    }

    @Test
    void aGroupThatFailsIsStoredAgainItemByItemSoOnlyTheBadItemFails() throws Exception {
        AtomicInteger groupCalls = new AtomicInteger();
        IllegalStateException badRow = new IllegalStateException("constraint violated by item 2");
        List<Object> results = storeLinedUp(64, g -> {
            groupCalls.incrementAndGet();
            throw new IllegalStateException("the group's transaction rolled back");
        }, i -> {
            if (i == 2) {
                throw badRow;
            }
            return "alone " + i;
        }, List.of(1, 2, 3));

        assertEquals(1, groupCalls.get());
        assertEquals("alone 1", results.get(0));
        assertSame(badRow, results.get(1));
        assertEquals("alone 3", results.get(2));
    }

    @Test
    void anErrorInAGroupReachesEveryCallerOfItInsteadOfLeavingThemWaiting() throws Exception {
        OutOfMemoryError error = new OutOfMemoryError("simulated");
        List<Object> results = storeLinedUp(64, g -> {
            throw error;
        }, i -> "alone " + i, List.of(1, 2, 3));

        assertEquals(List.of(error, error, error), results);
    }

    @Test
    void aGroupHoldsAtMostMaxGroupItems() throws Exception {
        List<Integer> sizes = Collections.synchronizedList(new ArrayList<>());
        List<Object> results = storeLinedUp(3, g -> {
            sizes.add(g.size());
            return g.stream().map(i -> GroupCommit.Outcome.stored("job " + i)).toList();
        }, i -> "alone " + i, List.of(1, 2, 3, 4, 5, 6, 7));

        // 7 lined up: groups of 3 and 3, then the last one alone
        assertEquals(List.of(3, 3), sizes);
        assertEquals(List.of("job 1", "job 2", "job 3", "job 4", "job 5", "job 6", "alone 7"), results);
    }

    @Test
    void maxGroupBelowOneIsRefused() {
        assertThrows(IllegalArgumentException.class,
                () -> new GroupCommit<Integer, String>(0, g -> List.of(), i -> ""));
    }

    /**
     * Stores the items from threads of their own, in order, while a first caller holds the turn
     * (its item stored alone does not return before they all wait), so the turns after it find
     * them lined up: what each caller got, its result or the exception thrown, in the items' order.
     */
    private static List<Object> storeLinedUp(int maxGroup, Function<List<Integer>, List<GroupCommit.Outcome<String>>> group,
                                             Function<Integer, String> alone, List<Integer> items) throws Exception {
        AtomicReference<GroupCommit<Integer, String>> ref = new AtomicReference<>();
        CountDownLatch holding = new CountDownLatch(1);
        GroupCommit<Integer, String> commit = new GroupCommit<>(maxGroup, group, i -> {
            if (i == HOLDER) {
                holding.countDown();
                awaitWaiting(ref.get(), items.size());
                return "holder";
            }
            return alone.apply(i);
        });
        ref.set(commit);
        ExecutorService pool = Executors.newFixedThreadPool(items.size() + 1);
        try {
            Future<Object> holder = pool.submit(() -> outcome(() -> commit.store(HOLDER)));
            assertTrue(holding.await(DEADLINE.toSeconds(), TimeUnit.SECONDS), "the holder never held the turn");
            List<Future<Object>> results = new ArrayList<>();
            for (int n = 0; n < items.size(); n++) {
                Integer item = items.get(n);
                results.add(pool.submit(() -> outcome(() -> commit.store(item))));
                if (n + 1 < items.size()) {
                    // lined up in this order; once the last one waits the holder lets go and the
                    // queue empties, so the holder alone watches for that one
                    awaitWaiting(commit, n + 1);
                }
            }
            assertEquals("holder", holder.get(DEADLINE.toSeconds(), TimeUnit.SECONDS));
            List<Object> out = new ArrayList<>();
            for (Future<Object> f : results) {
                out.add(f.get(DEADLINE.toSeconds(), TimeUnit.SECONDS));
            }
            return out;
        } finally {
            pool.shutdownNow();
        }
    }

    /** Until exactly {@code n} items wait (the holder's own item taken), with a deadline. */
    private static void awaitWaiting(GroupCommit<Integer, String> commit, int n) {
        long end = System.nanoTime() + DEADLINE.toNanos();
        while (commit.waitingItems() != n) {
            if (System.nanoTime() > end) {
                throw new AssertionError("expected " + n + " waiting items, found " + commit.waitingItems());
            }
            Thread.onSpinWait();
        }
    }

    private static Object outcome(java.util.function.Supplier<String> call) {
        try {
            return call.get();
        } catch (RuntimeException | Error e) {
            return e;
        }
    }
}
