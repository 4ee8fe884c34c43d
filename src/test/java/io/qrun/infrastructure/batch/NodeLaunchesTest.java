package io.qrun.infrastructure.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.Test;

class NodeLaunchesTest {

    static final Instant T0 = Instant.parse("2026-12-06T12:00:00Z");

    @Test
    void theLastLaunchOfAJobIsTheOneKept() {
        NodeLaunches launches = new NodeLaunches();
        launches.record("job-a", 7, T0);
        launches.record("job-a", 9, T0.plusSeconds(1));
        assertEquals(new NodeLaunches.Launch(9, T0.plusSeconds(1)), launches.of("job-a").orElseThrow());
        launches.forget("job-a");
        assertTrue(launches.of("job-a").isEmpty());
    }

    @Test
    void aReadForgetsTheLaunchesOfJobsItDidNotFindPreprocessingThatPredateIt() {
        NodeLaunches launches = new NodeLaunches();
        launches.record("still-preprocessing", 1, T0);
        launches.record("ready-since", 2, T0);
        // launched after the read began: its job's start may have committed after the read's snapshot
        launches.record("launched-during-the-read", 3, T0.plusMillis(1500));
        launches.record("launched-when-the-read-began", 4, T0.plusSeconds(1));

        launches.forgetAllBut(Set.of("still-preprocessing"), T0.plusSeconds(1));

        assertEquals(1, launches.of("still-preprocessing").orElseThrow().executionId());
        assertTrue(launches.of("ready-since").isEmpty());
        assertEquals(3, launches.of("launched-during-the-read").orElseThrow().executionId());
        assertEquals(4, launches.of("launched-when-the-read-began").orElseThrow().executionId());
        assertEquals(3, launches.size());
    }
}
