package io.qrun.application.workloads;

import io.qrun.domain.timeline.QpuRepository;
import io.qrun.domain.workload.Workload;
import io.qrun.domain.workload.WorkloadRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;

/** Maps a workload row, its history and its timeline to the session object. */
@ApplicationScoped
public class WorkloadViews {

    @Inject
    WorkloadRepository workloads;

    @Inject
    QpuRepository qpu;

    /** {@code elapsed_time}: the usage charged so far, the seconds of its intervals (a session's idle gaps included). */
    public WorkloadView of(Workload w, Instant now) {
        return new WorkloadView(w.id(), w.backend(), w.mode().label(), w.state().label(), w.stateReason(),
                w.acceptingJobs(), w.maxTtl(), w.interactiveTtl(), w.activeTtl(now), w.created(), w.startedAt(),
                w.activatedAt(), w.closedAt(), w.lastJobStarted(), w.lastJobCompleted(), w.interactiveDeadline(),
                workloads.events(w.id()).stream()
                        .map(e -> new WorkloadView.Change(e.state().label(), e.at(), e.reason())).toList(),
                w.userId(), w.instanceId(), qpu.ofSession(w.id()).stream().mapToDouble(i -> i.seconds(now)).sum());
    }
}
