package io.qrun.application;

/** The stored result JSON text of a completed job, served as is. */
public record JobResult(String json) {
}
