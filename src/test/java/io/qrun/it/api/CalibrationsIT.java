package io.qrun.it.api;

import static io.qrun.it.api.ApiClient.expect;
import static io.qrun.it.api.Jobs.at;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.qrun.api.json.Timestamps;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Calibrations by id (docs/backends.md, "Calibrations") on the IT backend {@code it_drifting}
 * (noisy, readout errors 10-15 %, calibrated every 5 s): the properties name their calibration,
 * an older one stays readable by id and by time, a job pinned to a calibration gives the samples
 * of that calibration after newer ones came, and an unknown id is refused where the Qiskit client
 * sends it.
 */
class CalibrationsIT extends ApiITBase {

    static final String DRIFTING = "it_drifting";
    static final Duration DEADLINE = Duration.ofSeconds(90);
    static final int SHOTS = 20000;
    static final long SEED = 4242;

    private static ApiClient user;

    @BeforeEach
    void setUp() {
        if (user == null) {
            user = operator().newTenant("premium", null);
        }
    }

    private static Map<String, Object> properties(String query) {
        return expect(200, user.get("backends/" + DRIFTING + "/properties" + query)).map();
    }

    /** The calibration that follows {@code id}: waits for the backend's next calibration to end. */
    private static Map<String, Object> nextCalibration(String id) {
        await().atMost(DEADLINE).pollInterval(Duration.ofMillis(250))
                .until(() -> !id.equals(properties("").get("calibration_id")));
        return properties("");
    }

    private List<?> pinnedSamples(String calibrationId) {
        Map<String, Object> body = Jobs.with(Jobs.sampler(DRIFTING, Jobs.BELL_QASM3, SHOTS, SEED), "calibration_id", calibrationId);
        String job = user.submit(body);
        Map<String, Object> done = user.awaitFinal(job, DEADLINE);
        assertEquals("Completed", done.get("status"), done.toString());
        assertEquals(calibrationId, expect(200, user.get("jobs/" + job)).map().get("calibration_id"));
        return at(expect(200, user.get("jobs/" + job + "/results")).map(), "results", 0, "data", "c", "samples");
    }

    @Test
    void propertiesNameTheirCalibrationAndOlderOnesStayReadableByIdAndByTime() {
        Map<String, Object> first = properties("");
        String firstId = (String) first.get("calibration_id");
        assertTrue(firstId.matches("c-[a-z0-9]{20}"), firstId);
        Map<String, Object> second = nextCalibration(firstId);
        String secondId = (String) second.get("calibration_id");
        Instant firstDate = Timestamps.parse((String) first.get("last_update_date"));
        Instant secondDate = Timestamps.parse((String) second.get("last_update_date"));
        assertTrue(secondDate.isAfter(firstDate), first.get("last_update_date") + " then " + second.get("last_update_date"));
        // the drift moved the readout errors: the two calibrations differ in their values
        assertNotEquals(first.get("qubits"), second.get("qubits"));

        // by id: exactly what the properties said while it was current
        assertEquals(first, properties("?calibration_id=" + firstId));
        // by time: the newest at or before it (the Qiskit client sends a naive isoformat, UTC)
        assertEquals(first, properties("?updated_before=" + Timestamps.format(firstDate)));
        assertEquals(firstId, properties("?updated_before=" + firstDate.plusMillis(1)).get("calibration_id"));
        String naive = secondDate.toString().replace("Z", "");
        assertEquals(secondId, properties("?updated_before=" + naive).get("calibration_id"));

        ApiClient.Reply tooEarly = user.get("backends/" + DRIFTING + "/properties?updated_before=2000-01-01T00:00:00Z");
        assertEquals(404, tooEarly.status(), tooEarly.body());
        assertEquals("calibration_not_found", tooEarly.errorCode());
        // both, as the client sends them for a backend built with a calibration id
        assertEquals(first, properties("?calibration_id=" + firstId + "&updated_before=" + naive));
        ApiClient.Reply takenLater = user.get("backends/" + DRIFTING + "/properties?calibration_id=" + secondId
                + "&updated_before=" + Timestamps.format(firstDate));
        assertEquals(404, takenLater.status(), takenLater.body());
        assertEquals("calibration_not_found", takenLater.errorCode());
        ApiClient.Reply badTime = user.get("backends/" + DRIFTING + "/properties?updated_before=yesterday");
        assertEquals(400, badTime.status(), badTime.body());
        assertEquals("invalid_query_parameter", badTime.errorCode());
    }

    @Test
    void aJobPinnedToACalibrationRunsWithItWhateverCalibrationsCameSince() {
        String pinned = (String) properties("").get("calibration_id");
        List<?> before = pinnedSamples(pinned);
        assertEquals(SHOTS, before.size());
        String newer = (String) nextCalibration(pinned).get("calibration_id");

        // the same calibration and seed after a newer calibration: the same samples, shot by shot
        assertEquals(before, pinnedSamples(pinned));
        // the newer calibration's readout errors differ (by up to 5 % of 10-15 %, on 20000 shots of
        // two bits): its samples differ
        assertNotEquals(before, pinnedSamples(newer));
        // the noise is there: readout errors make 01 and 10 appear in a Bell state
        assertTrue(before.contains("0x1") && before.contains("0x2"), "no readout error in the samples");
    }

    @Test
    void anUnknownCalibrationIdIsRefusedWhereTheQiskitClientSendsIt() {
        String unknown = "c-doesnotexist0000000";
        ApiClient.Reply configuration = user.get("backends/" + DRIFTING + "/configuration?calibration_id=" + unknown);
        assertEquals(404, configuration.status(), configuration.body());
        assertEquals("calibration_not_found", configuration.errorCode());
        // the client logs this message when it cannot build the backend: it must name the id
        assertTrue(configuration.errorMessage().contains(unknown), configuration.errorMessage());
        assertEquals(200, user.get("backends/" + DRIFTING + "/configuration?calibration_id="
                + properties("").get("calibration_id")).status());

        ApiClient.Reply properties = user.get("backends/" + DRIFTING + "/properties?calibration_id=" + unknown);
        assertEquals(404, properties.status(), properties.body());
        assertEquals("calibration_not_found", properties.errorCode());

        // a calibration of another backend is not one of this backend's
        String other = (String) expect(200, user.get("backends/it_calibrated/properties")).map().get("calibration_id");
        ApiClient.Reply job = user.post("jobs", Jobs.with(Jobs.sampler(DRIFTING, Jobs.BELL_QASM3, 100, SEED),
                "calibration_id", other));
        assertEquals(404, job.status(), job.body());
        assertEquals("calibration_not_found", job.errorCode());
        assertTrue(job.errorMessage().contains(other) && job.errorMessage().contains(DRIFTING), job.errorMessage());
        // nothing was queued
        assertEquals(0, ((List<?>) expect(200, user.get("jobs?backend=" + DRIFTING + "&pending=true")).map().get("jobs")).size());
    }
}
