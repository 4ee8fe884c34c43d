package io.qrun.application.backends;

import io.qrun.application.QrunException;
import io.qrun.application.ErrorCode;
import io.qrun.application.accounts.Caller;
import io.qrun.domain.shared.Times;
import io.qrun.domain.timeline.QpuInterval;
import io.qrun.domain.timeline.QpuRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * A backend's QPU occupancy intervals (GET /backends/{name}/timeline). A user sees every
 * interval -- the QPU is shared, its occupancy is not secret -- but the job, session and
 * instance ids only of the caller's own instance; an admin sees all ids. Without bounds the
 * last 24 hours are returned.
 */
@ApplicationScoped
public class TimelineService {

    static final Duration DEFAULT_SPAN = Duration.ofHours(24);

    @Inject
    BackendRegistry backends;

    @Inject
    QpuRepository qpu;

    public List<TimelineEntry> timeline(Caller caller, String backend, Instant from, Instant to) {
        if (backends.find(backend).isEmpty()) {
            throw new QrunException(ErrorCode.BACKEND_NOT_FOUND, "Backend " + backend + " does not exist: GET /api/v1/backends lists them.");
        }
        Instant end = to != null ? to : Times.now();
        Instant start = from != null ? from : end.minus(DEFAULT_SPAN);
        if (start.isAfter(end)) {
            throw new QrunException(ErrorCode.INVALID_TIME_RANGE, "from (" + start + ") is after to (" + end
                    + "): give from <= to.");
        }
        return qpu.overlapping(backend, start, end).stream().map(i -> entry(caller, i)).toList();
    }

    private static TimelineEntry entry(Caller caller, QpuInterval i) {
        boolean mine = caller.isAdmin() || (i.instanceId() != null && i.instanceId().equals(caller.instanceId()));
        return new TimelineEntry(i.start(), i.end(), i.kind().label(), mine ? i.jobId() : null,
                mine ? i.sessionId() : null, i.mode(), mine ? i.instanceId() : null);
    }
}
