package io.qrun.infrastructure.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.qrun.domain.job.JobRepository.Placement;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RecentPlacementsTest {

    @Test
    void keepsWhatWasPutAndForgetsTheLeastRecentlyUsedBeyondItsCapacity() {
        RecentPlacements placements = new RecentPlacements(2);
        placements.put("a", new Placement("qrun_ideal", null));
        placements.put("b", new Placement("qrun_falcon", "session-1"));
        assertEquals(Optional.of(new Placement("qrun_ideal", null)), placements.get("a")); // a is now the most recent
        placements.put("c", new Placement("qrun_ideal", "batch-2"));

        assertEquals(2, placements.size());
        assertTrue(placements.get("b").isEmpty(), "b was the least recently used");
        assertEquals(Optional.of(new Placement("qrun_ideal", null)), placements.get("a"));
        assertEquals(Optional.of(new Placement("qrun_ideal", "batch-2")), placements.get("c"));
    }

    @Test
    void anUnknownJobHasNoPlacement() {
        assertTrue(new RecentPlacements(10).get("never-seen").isEmpty());
    }
}
