package io.qrun.domain.instance;

/** An instance's fair-share weight, and whether it has a usage limit, read as values. */
public record InstanceShare(String id, double share, boolean limited) {
}
