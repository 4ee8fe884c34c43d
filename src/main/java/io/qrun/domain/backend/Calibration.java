package io.qrun.domain.backend;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;

/**
 * One calibration a backend had: its id (what the API's {@code calibration_id} names), when it was
 * taken and the calibration itself in the storage form of backend_state.calibration_json.
 */
@Entity
@Table(name = "calibrations")
public class Calibration {

    @Id
    @Column(name = "id", length = 40)
    private String id;

    @Column(name = "backend_name", nullable = false, length = 64)
    private String backendName;

    @Column(name = "calibrated_at", nullable = false)
    private Instant calibratedAt;

    @Column(name = "calibration_json", nullable = false)
    private String calibrationJson;

    protected Calibration() {
        // for JPA
    }

    public Calibration(String id, String backendName, Instant calibratedAt, String calibrationJson) {
        this.id = Objects.requireNonNull(id);
        this.backendName = Objects.requireNonNull(backendName);
        this.calibratedAt = Objects.requireNonNull(calibratedAt);
        this.calibrationJson = Objects.requireNonNull(calibrationJson);
    }

    public String id() {
        return id;
    }

    public String backendName() {
        return backendName;
    }

    public Instant calibratedAt() {
        return calibratedAt;
    }

    public String calibrationJson() {
        return calibrationJson;
    }
}
