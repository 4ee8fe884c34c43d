package io.qrun.application.workloads;

/** {@code POST /sessions}: mode and backend as given (checked by WorkloadService), optional max TTL and instance. */
public record CreateWorkload(String mode, String backend, Long maxTtl, String instance) {
}
