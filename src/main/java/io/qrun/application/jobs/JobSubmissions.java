package io.qrun.application.jobs;

import io.qrun.application.ErrorCode;
import io.qrun.application.QrunException;
import io.qrun.application.accounts.Caller;
import io.qrun.application.backends.BackendNotFound;
import io.qrun.application.backends.BackendRegistry;
import io.qrun.application.port.ParamsValidator;
import io.qrun.domain.backend.Backend;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/**
 * POST /jobs: the checks, then the transaction that stores the job. A job-mode submission (no
 * session, no calibration) is checked outside any transaction (its fields, the backend, the
 * engine's check of its params) and stored through a {@link GroupCommit}: concurrent submissions
 * share one transaction and one commit, up to {@link #MAX_GROUP}, where each would otherwise wait
 * for the database in turn; a lone one is stored at once. A submission into a session or batch,
 * or with a calibration, has checks that read the database (the workload, which it locks; the
 * calibration) and gets a transaction of its own.
 */
@ApplicationScoped
public class JobSubmissions {

    /** The most job-mode submissions one transaction stores. */
    public static final int MAX_GROUP = 64;

    @Inject
    BackendRegistry backends;

    @Inject
    ParamsValidator paramsValidator;

    @Inject
    SubmittedJobs submitted;

    private GroupCommit<SubmittedJobs.Submission, JobView> jobMode;

    @PostConstruct
    void init() {
        jobMode = new GroupCommit<>(MAX_GROUP, group -> submitted.group(group), s -> submitted.alone(s));
    }

    /**
     * Never inside a caller's transaction: a group stored on this thread must not join it (the
     * other callers' jobs would commit or roll back with it).
     */
    @Transactional(Transactional.TxType.NEVER)
    public JobView submit(Caller caller, SubmitJob cmd) {
        SubmissionRules.Checked checked = SubmissionRules.check(cmd);
        if (cmd.sessionId() != null || cmd.calibrationId() != null) {
            return submitted.withChecksInTransaction(caller, cmd, checked);
        }
        // as configured: a submission's checks (the name, the shot limit) need no calibration, whose
        // version would be a read per submission (a fifth of a submission's time on PostgreSQL)
        Backend backend = backends.configured(cmd.backend()).orElseThrow(() -> BackendNotFound.of(cmd.backend()));
        requireInstance(caller);
        paramsValidator.validate(cmd.programId(), cmd.params(), backend);
        // the caller is the request's: the group may be stored on another request's thread
        return jobMode.store(new SubmittedJobs.Submission(caller.userId(), caller.instanceId(), cmd, backend, checked));
    }

    static void requireInstance(Caller caller) {
        if (caller.instanceId() == null) {
            throw new QrunException(ErrorCode.INSTANCE_REQUIRED,
                    "The request names no instance: set the Service-CRN header to one of your instances.");
        }
    }
}
