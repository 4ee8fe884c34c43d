package io.qrun.infrastructure.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.Objects;

/**
 * A row of {@code queue_counts} (V16): one stripe of the queued jobs of one instance on one backend
 * (the instance's count is the sum of its stripes). Read in queries and changed by bulk updates only
 * ({@link JpaQueueCounts}), never loaded to be modified.
 */
@Entity
@Table(name = "queue_counts")
@IdClass(QueueCount.Key.class)
public class QueueCount {

    @Id
    @Column(nullable = false)
    private String backend;

    @Id
    @Column(name = "instance_id", nullable = false)
    private String instanceId;

    @Id
    @Column(nullable = false)
    private int stripe;

    @Column(nullable = false)
    private long queued;

    protected QueueCount() {
    }

    /** The row's key. */
    public static class Key implements Serializable {

        private String backend;
        private String instanceId;
        private int stripe;

        public Key() {
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Objects.equals(backend, k.backend) && Objects.equals(instanceId, k.instanceId)
                    && stripe == k.stripe;
        }

        @Override
        public int hashCode() {
            return Objects.hash(backend, instanceId, stripe);
        }
    }
}
