package io.qrun.application.jobs;

import java.util.List;

/** One page of GET /jobs; {@code count} is the total that matches, not the page size. */
public record JobPage(List<JobView> jobs, long count, int offset, int limit) {
}
