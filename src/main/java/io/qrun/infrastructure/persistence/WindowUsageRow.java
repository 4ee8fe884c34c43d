package io.qrun.infrastructure.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A row of {@code window_usage} (V17): the microseconds an instance's counted intervals cover, of those that
 * started at or after the window start ({@link WindowStartRow}). Changed only with that row locked.
 */
@Entity
@Table(name = "window_usage")
public class WindowUsageRow {

    @Id
    @Column(name = "instance_id")
    private String instanceId;

    @Column(nullable = false)
    private long micros;

    protected WindowUsageRow() {
    }

    WindowUsageRow(String instanceId) {
        this.instanceId = instanceId;
    }

    void add(long delta) {
        micros += delta;
    }
}
