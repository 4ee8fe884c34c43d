package io.qrun.application.workloads;

import io.qrun.application.ErrorCode;
import io.qrun.application.InputErrors;
import io.qrun.application.QrunException;
import io.qrun.application.accounts.Caller;
import io.qrun.application.backends.BackendNotFound;
import io.qrun.application.backends.BackendRegistry;
import io.qrun.application.execution.Decisions;
import io.qrun.application.execution.Executions;
import io.qrun.application.port.DecisionsCarrier;
import io.qrun.domain.backend.Backend;
import io.qrun.domain.instance.Instance;
import io.qrun.domain.instance.InstanceRepository;
import io.qrun.domain.instance.Plan;
import io.qrun.domain.shared.Times;
import io.qrun.domain.workload.Workload;
import io.qrun.domain.workload.WorkloadEvent;
import io.qrun.domain.workload.WorkloadIds;
import io.qrun.domain.workload.WorkloadMode;
import io.qrun.domain.workload.WorkloadRepository;
import io.qrun.domain.workload.WorkloadState;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;

/**
 * The use cases behind /api/v1/sessions: create a session or batch, read and list them (scoped
 * to the caller's instance; another instance's is "not found"), close (no more jobs) and cancel.
 * State changes after creation go through {@link Executions}, which owns the locks.
 *
 * <p>Error codes: 400 {@code missing_field}, {@code invalid_mode}, {@code invalid_max_ttl},
 * {@code simulator_no_workloads}, {@code instance_required}; 403 {@code open_plan_session_forbidden},
 * {@code instance_forbidden}; 404 {@code backend_not_found}, {@code session_not_found}.
 */
@ApplicationScoped
public class WorkloadService {

    public static final int MAX_PAGE = 200;

    @Inject
    WorkloadRepository workloads;

    @Inject
    BackendRegistry backends;

    @Inject
    InstanceRepository instances;

    @Inject
    WorkloadSettings settings;

    @Inject
    Executions executions;

    @Inject
    DecisionsCarrier carrier;

    @Inject
    WorkloadViews views;

    @Inject
    Event<Decisions> afterCommit;

    @Transactional
    public WorkloadView create(Caller caller, CreateWorkload cmd) {
        if (cmd.mode() == null) {
            throw InputErrors.missingField("mode", "give \"dedicated\" (a session) or \"batch\".");
        }
        WorkloadMode mode = WorkloadMode.fromLabel(cmd.mode()).orElseThrow(() -> new QrunException(
                ErrorCode.INVALID_MODE, "mode is \"" + cmd.mode() + "\": use \"dedicated\" (a session) or \"batch\"."));
        if (cmd.backend() == null || cmd.backend().isBlank()) {
            throw InputErrors.missingField("backend", "name the QPU backend the " + noun(mode)
                    + " runs on (GET /api/v1/backends lists them).");
        }
        Backend backend = backends.find(cmd.backend()).orElseThrow(() -> BackendNotFound.of(cmd.backend()));
        if (backend.simulator()) {
            throw new QrunException(ErrorCode.SIMULATOR_NO_WORKLOADS, "Backend " + backend.name()
                    + " is a simulator: it has no queue, so its jobs start at once and sessions and batches do not"
                    + " apply; submit the jobs without session_id, or open the " + noun(mode) + " on a QPU backend.");
        }
        Instance instance = instanceOf(caller, cmd.instance());
        if (mode == WorkloadMode.DEDICATED && instance.plan() == Plan.OPEN) {
            throw new QrunException(ErrorCode.OPEN_PLAN_SESSION_FORBIDDEN,
                    "Open Plan users cannot submit session jobs. Use job mode or batch mode.");
        }
        long limit = settings.maxTtlLimit(instance.plan());
        long maxTtl = maxTtl(cmd.maxTtl(), limit, instance.plan());
        Instant now = Times.now();
        Workload w = new Workload(WorkloadIds.next(), backend.name(), mode, instance.id(), caller.userId(), maxTtl,
                settings.interactiveTtl(mode), now, now.plusSeconds(settings.emptyCloseSeconds()));
        workloads.add(w);
        workloads.addEvent(new WorkloadEvent(w.id(), WorkloadState.OPEN, "created", now));
        Decisions d = new Decisions();
        d.arm(Decisions.TimerKind.WORKLOAD, w.id(), w.nextDeadline());
        afterCommit.fire(d);
        return views.of(w, now);
    }

    @Transactional
    public WorkloadView get(Caller caller, String id) {
        return views.of(visible(caller, id), Times.now());
    }

    @Transactional
    public WorkloadPage list(Caller caller, WorkloadState state, WorkloadMode mode, String backend, int offset, int limit) {
        String instance = caller.isAdmin() ? null : caller.instanceId();
        if (!caller.isAdmin() && instance == null) {
            return new WorkloadPage(List.of(), 0, offset, limit);
        }
        WorkloadRepository.WorkloadFilter f = new WorkloadRepository.WorkloadFilter(state, mode, backend, offset, limit);
        Instant now = Times.now();
        return new WorkloadPage(workloads.search(instance, f).stream().map(w -> views.of(w, now)).toList(),
                workloads.count(instance, f), offset, limit);
    }

    /** {@code accepting_jobs: false}: no new jobs; closed once its queued and running jobs are done. */
    public void stopAccepting(Caller caller, String id) {
        Workload w = visibleNow(caller, id);
        carrier.carryOut(executions.stopAccepting(w.id()));
    }

    /** Closed at once; its queued jobs fail, its running jobs complete. */
    public void cancel(Caller caller, String id) {
        Workload w = visibleNow(caller, id);
        carrier.carryOut(executions.cancelWorkload(w.id()));
    }

    private Workload visibleNow(Caller caller, String id) {
        return visible(caller, id);
    }

    private Workload visible(Caller caller, String id) {
        return (WorkloadIds.isWellFormed(id) ? workloads.find(id) : java.util.Optional.<Workload>empty())
                .filter(w -> caller.isAdmin() || w.instanceId().equals(caller.instanceId()))
                .orElseThrow(() -> new QrunException(ErrorCode.SESSION_NOT_FOUND, "Session " + id
                        + " does not exist: GET /api/v1/sessions lists your sessions and batches."));
    }

    /**
     * The caller's instance; {@code instance} (sent by the Qiskit client) may name it by id or by a
     * CRN whose instance segment is the id.
     */
    private Instance instanceOf(Caller caller, String named) {
        if (caller.instanceId() == null) {
            throw new QrunException(ErrorCode.INSTANCE_REQUIRED,
                    "The request names no instance: set the Service-CRN header to one of your instances.");
        }
        if (named != null && !named.isBlank() && !named.equals(caller.instanceId())
                && !crnInstance(named).equals(caller.instanceId())) {
            throw new QrunException(ErrorCode.INSTANCE_FORBIDDEN, "instance is \"" + named + "\" but the request acts"
                    + " for instance " + caller.instanceId() + ": leave instance out, or select that instance with the"
                    + " Service-CRN header.");
        }
        return instances.find(caller.instanceId()).orElseThrow(() -> new QrunException(ErrorCode.INSTANCE_NOT_FOUND,
                "The caller has no instance " + caller.instanceId() + ": select one with the Service-CRN header."));
    }

    /** crn:v1:...:a/{account}:{instance}:: -- the eighth segment; the text itself when it is no CRN. */
    static String crnInstance(String crn) {
        String[] parts = crn.split(":", -1);
        return crn.startsWith("crn:") && parts.length > 7 ? parts[7] : crn;
    }

    private long maxTtl(Long given, long limit, Plan plan) {
        if (given == null) {
            return Math.min(settings.defaultMaxTtl(), limit);
        }
        if (given < 1 || given > limit) {
            throw new QrunException(ErrorCode.INVALID_MAX_TTL, "max_ttl is " + given + ": give a whole number of seconds"
                    + " from 1 to " + limit + " (the limit of the " + plan.id() + " plan), or leave it out.");
        }
        return given;
    }

    private static String noun(WorkloadMode mode) {
        return mode == WorkloadMode.DEDICATED ? "session" : "batch";
    }
}
