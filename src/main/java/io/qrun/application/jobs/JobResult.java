package io.qrun.application.jobs;

/** The stored result JSON text of a completed job, served as is. */
public record JobResult(String json) {
}
