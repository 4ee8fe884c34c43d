package io.qrun.infrastructure.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * The one row of {@code window_start} (V17): the start of the intervals that {@code window_usage} sums. Locked by
 * every change of the kept usage ({@link JpaWindowUsage}), so the sums and this start always agree.
 */
@Entity
@Table(name = "window_start")
public class WindowStartRow {

    static final int ID = 1;

    @Id
    private int id;

    @Column(name = "start_at", nullable = false)
    private Instant start;

    protected WindowStartRow() {
    }

    Instant start() {
        return start;
    }

    void moveTo(Instant start) {
        this.start = start;
    }
}
