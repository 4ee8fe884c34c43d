package io.qrun.application.execution;

import io.qrun.application.jobs.GroupCommit;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;

/**
 * Hands compute tasks' results to {@link Executions}. The results of simulator jobs that finish
 * at the same moment share one transaction ({@link GroupCommit}): one commit, and one plan of the
 * simulator that admits the next queued jobs, where each end would otherwise plan and commit in
 * turn. A QPU job's result has a transaction of its own: its locks (the lease, its workload) must
 * come first in its transaction, and it ends alone on its QPU anyway.
 */
@ApplicationScoped
public class ComputedResults {

    /** The most results one transaction stores. */
    public static final int MAX_GROUP = 32;

    @Inject
    Executions executions;

    private GroupCommit<Executions.ComputedResult, Decisions> simulatorResults;

    @PostConstruct
    void init() {
        simulatorResults = new GroupCommit<>(MAX_GROUP, this::group, this::alone);
    }

    /**
     * Stores the result (the job ends when due) and returns what is left to do after the commit.
     * Never inside a caller's transaction: a group stored on this thread must not join it.
     */
    @Transactional(Transactional.TxType.NEVER)
    public Decisions store(Executions.ComputedResult result, boolean simulator) {
        return simulator ? simulatorResults.store(result) : alone(result);
    }

    private Decisions alone(Executions.ComputedResult result) {
        // an end racing a pass or a ready step may fail on a version check (ExecutionModesIT's 200 batch jobs met one on H2)
        return VersionConflicts.retried(() -> executions.resultComputed(result));
    }

    /** One transaction for the group; its decisions go to the first caller, the others carry out none. */
    private List<GroupCommit.Outcome<Decisions>> group(List<Executions.ComputedResult> results) {
        Decisions d = executions.resultsComputed(results);
        List<GroupCommit.Outcome<Decisions>> outcomes = new ArrayList<>(results.size());
        outcomes.add(GroupCommit.Outcome.stored(d));
        for (int i = 1; i < results.size(); i++) {
            outcomes.add(GroupCommit.Outcome.stored(new Decisions()));
        }
        return outcomes;
    }
}
