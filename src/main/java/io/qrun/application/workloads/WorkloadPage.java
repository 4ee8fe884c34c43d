package io.qrun.application.workloads;

import java.util.List;

/** One page of GET /sessions: {@code count} is every match, not the page size. */
public record WorkloadPage(List<WorkloadView> sessions, long count, int offset, int limit) {
}
