package io.qrun.application.execution;

import io.qrun.application.jobs.GroupCommit;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Hands ready steps' outcomes to {@link Executions}. Simulator jobs of one backend whose
 * preprocessing ends at the same moment share one transaction ({@link GroupCommit}): one commit
 * and one lock of the backend's state, where each would otherwise lock and commit in turn. A QPU
 * job's ready step has a transaction of its own: its locks (the lease, its workload) come first in
 * its transaction, and the pass it runs plans the whole queue anyway.
 */
@ApplicationScoped
public class ReadyJobs {

    /** The most ready steps one transaction stores. */
    public static final int MAX_GROUP = 32;

    @Inject
    Executions executions;

    private final Map<String, GroupCommit<Executions.ReadyJob, Decisions>> simulators = new ConcurrentHashMap<>();

    /**
     * Marks the job ready (it starts when it may) and returns what is left to do after the commit.
     * Never inside a caller's transaction: a group stored on this thread must not join it.
     */
    @Transactional(Transactional.TxType.NEVER)
    public Decisions ready(Executions.ReadyJob ready, String backend, boolean simulator) {
        if (!simulator) {
            return alone(ready);
        }
        return simulators.computeIfAbsent(backend, b -> new GroupCommit<>(MAX_GROUP, this::group, this::alone))
                .store(ready);
    }

    private Decisions alone(Executions.ReadyJob ready) {
        // a pass on the backend racing this transaction may fail it on a version check
        return VersionConflicts.retried(() -> executions.ready(ready));
    }

    /** One transaction for the group; its decisions go to the first caller, the others carry out none. */
    private List<GroupCommit.Outcome<Decisions>> group(List<Executions.ReadyJob> ready) {
        return GroupCommit.Outcome.firstGets(ready.size(), executions.readyAll(ready), Decisions::new);
    }
}
