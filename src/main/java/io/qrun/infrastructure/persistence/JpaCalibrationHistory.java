package io.qrun.infrastructure.persistence;

import io.qrun.domain.backend.BackendCalibration;
import io.qrun.domain.backend.Calibration;
import io.qrun.domain.backend.CalibrationHistory;
import io.qrun.domain.job.JobStatus;
import io.qrun.domain.shared.RandomIds;
import io.qrun.infrastructure.backends.CalibrationJson;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;

/** The calibrations table of the {@code qrun} unit, calibrations in the JSON of CalibrationJson. */
@ApplicationScoped
public class JpaCalibrationHistory implements CalibrationHistory {

    /** "c-" and 20 characters: recognisably a calibration id beside job ids and session ids. */
    static final String PREFIX = "c-";
    static final int LENGTH = 20;

    @PersistenceContext(unitName = "qrun")
    EntityManager em;

    /**
     * Dated to the millisecond, the precision of the {@code last_update_date} that the API shows:
     * {@code updated_before} set to a date the client read finds that calibration.
     */
    @Override
    public String record(String backend, BackendCalibration calibration) {
        Instant at = (calibration.lastUpdate() == null ? Instant.EPOCH : calibration.lastUpdate()).truncatedTo(ChronoUnit.MILLIS);
        Calibration c = new Calibration(RandomIds.next(PREFIX, LENGTH), backend, at, CalibrationJson.write(calibration));
        em.persist(c);
        return c.id();
    }

    @Override
    public Optional<BackendCalibration> find(String backend, String id) {
        Calibration c = id == null ? null : em.find(Calibration.class, id);
        return c == null || !c.backendName().equals(backend) ? Optional.empty()
                : Optional.of(CalibrationJson.read(c.calibrationJson()));
    }

    @Override
    public Optional<String> idAt(String backend, Instant at) {
        return em.createQuery("SELECT c.id FROM Calibration c WHERE c.backendName = :backend AND c.calibratedAt <= :at"
                        + " ORDER BY c.calibratedAt DESC", String.class)
                .setParameter("backend", backend).setParameter("at", at)
                .setMaxResults(1).getResultStream().findFirst();
    }

    @Override
    public int prune(String backend, int keep) {
        if (keep <= 0) {
            return 0;
        }
        List<Instant> newest = em.createQuery("SELECT c.calibratedAt FROM Calibration c WHERE c.backendName = :backend"
                        + " ORDER BY c.calibratedAt DESC", Instant.class)
                .setParameter("backend", backend).setFirstResult(keep - 1).setMaxResults(1).getResultList();
        if (newest.isEmpty()) {
            return 0;
        }
        return em.createQuery("DELETE FROM Calibration c WHERE c.backendName = :backend AND c.calibratedAt < :oldestKept"
                        + " AND c.id NOT IN (SELECT j.calibrationId FROM Job j WHERE j.calibrationId IS NOT NULL AND j.status IN :unfinished)")
                .setParameter("backend", backend).setParameter("oldestKept", newest.get(0))
                .setParameter("unfinished", JobStatus.pending()).executeUpdate();
    }
}
