package io.qrun.domain.backend;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * What changes about a backend while the server runs and must survive a restart: the operator's
 * pause (and why) and the current calibration (as JSON, see CalibrationJson, with its id in the
 * calibration history).
 */
@Entity
@Table(name = "backend_state")
public class BackendState {

    @Id
    @Column(name = "backend_name", length = 64)
    private String backendName;

    @Column(name = "paused", nullable = false)
    private boolean paused;

    @Column(name = "pause_reason", length = 500)
    private String pauseReason;

    @Column(name = "calibration_json")
    private String calibrationJson;

    @Column(name = "last_update_date", nullable = false)
    private Instant lastUpdateDate;

    /** The id of the current calibration in the calibrations table (null until recorded there). */
    @Column(name = "calibration_id", length = 40)
    private String calibrationId;

    /** When the next calibration job is due (null: the backend is never calibrated). */
    @Column(name = "next_calibration_at")
    private Instant nextCalibrationAt;

    protected BackendState() {
        // for JPA
    }

    public BackendState(String backendName, String calibrationJson, Instant lastUpdateDate) {
        this.backendName = backendName;
        this.calibrationJson = calibrationJson;
        this.lastUpdateDate = lastUpdateDate;
    }

    public String getBackendName() {
        return backendName;
    }

    public boolean isPaused() {
        return paused;
    }

    public String getPauseReason() {
        return pauseReason;
    }

    public void pause(String reason) {
        this.paused = true;
        this.pauseReason = reason;
    }

    public void resume() {
        this.paused = false;
        this.pauseReason = null;
    }

    public String getCalibrationJson() {
        return calibrationJson;
    }

    public Instant getLastUpdateDate() {
        return lastUpdateDate;
    }

    public void updateCalibration(String json, Instant when, String id) {
        this.calibrationJson = json;
        this.lastUpdateDate = when;
        this.calibrationId = id;
    }

    public String calibrationId() {
        return calibrationId;
    }

    /** Names the history entry of the current calibration (a database older than the history has none). */
    public void identifyCalibration(String id) {
        this.calibrationId = id;
    }

    public Instant nextCalibrationAt() {
        return nextCalibrationAt;
    }

    public void scheduleCalibration(Instant at) {
        this.nextCalibrationAt = at;
    }

    public boolean calibrationDue(Instant now) {
        return nextCalibrationAt != null && !now.isBefore(nextCalibrationAt);
    }
}
