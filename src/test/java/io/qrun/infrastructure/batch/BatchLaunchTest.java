package io.qrun.infrastructure.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Properties;
import org.junit.jupiter.api.Test;

class BatchLaunchTest {

    private final BatchLaunch launch = new BatchLaunch("job-a", "sampler", "qrun_ideal", "batch", "s-1");

    @Test
    void theParametersNameTheJobAndWhatTheOperatorReads() {
        Properties p = launch.parameters();
        assertEquals("job-a", p.getProperty(BatchLaunch.JOB_ID));
        assertEquals("sampler", p.getProperty(BatchLaunch.PROGRAM));
        assertEquals("qrun_ideal", p.getProperty(BatchLaunch.BACKEND));
        assertEquals("batch", p.getProperty(BatchLaunch.MODE));
        assertEquals("s-1", p.getProperty(BatchLaunch.SESSION_ID));
    }

    @Test
    void anExecutionIsTheJobsOnlyWhenItsParametersNameIt() {
        assertTrue(BatchLaunch.isExecutionOf(launch.parameters(), "job-a"));
        assertFalse(BatchLaunch.isExecutionOf(launch.parameters(), "job-b"), "an id handed out again for another job");
        assertFalse(BatchLaunch.isExecutionOf(new Properties(), "job-a"), "an execution without Qrun's parameters");
        assertFalse(BatchLaunch.isExecutionOf(null, "job-a"));
    }
}
