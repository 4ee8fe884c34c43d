package io.qrun.infrastructure.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;

class LatencyBucketsTest {

    private final SimpleMeterRegistry registry = new SimpleMeterRegistry();
    private final DeploymentMeters meters = DeploymentMeters.on(registry);
    private final Tags tags = Tags.of("backend", "b", "mode", "job");

    private double bucket(String le) {
        return registry.get("t.buckets").tags(tags.and("le", le)).counter().count();
    }

    @Test
    void bucketsAreCumulativeAndEveryOneExistsFromTheFirstRecording() {
        LatencyBuckets.record(meters, "t.buckets", tags, 0.003);
        LatencyBuckets.record(meters, "t.buckets", tags, 0.3);
        LatencyBuckets.record(meters, "t.buckets", tags, 0.5);
        LatencyBuckets.record(meters, "t.buckets", tags, 20000);
        assertEquals(1, bucket("0.005"));
        assertEquals(1, bucket("0.25"));
        assertEquals(3, bucket("0.5"), "a value on a bound counts in that bucket");
        assertEquals(3, bucket("10800"));
        assertEquals(4, bucket("+Inf"));
        assertEquals(LatencyBuckets.BOUNDS.length + 1, registry.find("t.buckets").counters().size());
    }

    @Test
    void labelsArePlainNumbers() {
        assertEquals("0.005", LatencyBuckets.label(0.005));
        assertEquals("2.5", LatencyBuckets.label(2.5));
        assertEquals("60", LatencyBuckets.label(60));
    }
}
