package io.qrun.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.batch.api.partition.PartitionPlan;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class PubPartitionMapperTest {

    private static List<String> indices(PartitionPlan plan) {
        List<String> out = new ArrayList<>();
        for (var p : plan.getPartitionProperties()) {
            assertEquals("job00000000000000001", p.getProperty("jobId"));
            out.add(p.getProperty("pubIndices"));
        }
        return out;
    }

    @Test
    void onePartitionPerPubUpToTheCap() {
        PartitionPlan plan = PubPartitionMapper.plan("job00000000000000001", 3, 4);
        assertEquals(3, plan.getPartitions());
        assertEquals(3, plan.getThreads());
        assertEquals(List.of("0", "1", "2"), indices(plan));
    }

    @Test
    void pubsAreDealtRoundRobinBeyondTheCap() {
        PartitionPlan plan = PubPartitionMapper.plan("job00000000000000001", 10, 4);
        assertEquals(4, plan.getPartitions());
        assertEquals(4, plan.getThreads());
        assertEquals(List.of("0,4,8", "1,5,9", "2,6", "3,7"), indices(plan));
    }

    @Test
    void aSinglePubIsOnePartition() {
        PartitionPlan plan = PubPartitionMapper.plan("job00000000000000001", 1, 4);
        assertEquals(1, plan.getPartitions());
        assertEquals(List.of("0"), indices(plan));
    }
}
