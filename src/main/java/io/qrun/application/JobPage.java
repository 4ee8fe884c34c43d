package io.qrun.application;

import java.util.List;

/** PLACEHOLDER for svc-jobs' record (brief contract); removed when svc-jobs is merged. */
public record JobPage(List<JobView> jobs, long count, int offset, int limit) {}
