package io.qrun.application.execution;

import io.qrun.domain.job.Job;
import io.qrun.domain.job.JobPhase;
import io.qrun.domain.job.JobRepository;
import io.qrun.domain.job.JobStatus;
import io.qrun.domain.timeline.HolderKind;
import io.qrun.domain.timeline.QpuRepository;
import io.qrun.domain.workload.Workload;
import io.qrun.domain.workload.WorkloadRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;

/**
 * Every deadline the database holds, as the timers to arm: workloads (max TTL, interactive TTL,
 * empty close), executing jobs (modelled end or limit), calibrations (their end). Read at
 * start-up; the timers are re-armed from it, never from memory.
 */
@ApplicationScoped
public class StoredDeadlines {

    @Inject
    WorkloadRepository workloads;

    @Inject
    JobRepository jobs;

    @Inject
    QpuRepository qpu;

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public List<Decisions.Timer> all() {
        List<Decisions.Timer> timers = new ArrayList<>();
        for (Workload w : workloads.withDeadlines()) {
            if (w.nextDeadline() != null) {
                timers.add(new Decisions.Timer(Decisions.TimerKind.WORKLOAD, w.id(), w.nextDeadline()));
            }
        }
        for (Job j : jobs.withStatus(JobStatus.RUNNING)) {
            if (j.phase() == JobPhase.EXECUTING) {
                timers.add(new Decisions.Timer(Decisions.TimerKind.JOB, j.id(), j.nextExecutionDeadline()));
            }
        }
        qpu.heldLeases().stream().filter(l -> l.holderKind() == HolderKind.CALIBRATION).forEach(l ->
                timers.add(new Decisions.Timer(Decisions.TimerKind.CALIBRATION, l.backend(), l.deadline())));
        return timers;
    }
}
