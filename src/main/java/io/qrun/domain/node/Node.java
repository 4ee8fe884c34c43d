package io.qrun.domain.node;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A WildFly server running Qrun on the shared database, with the heartbeat that says it is alive. */
@Entity
@Table(name = "nodes")
public class Node {
    @Id
    private String id;

    @Column(nullable = false)
    private Instant started;

    @Column(name = "heartbeat_at", nullable = false)
    private Instant heartbeatAt;

    protected Node() {
    }

    public Node(String id, Instant started) {
        this.id = id;
        this.started = started;
        this.heartbeatAt = started;
    }

    public void restarted(Instant at) {
        this.started = at;
        this.heartbeatAt = at;
    }

    public String id() { return id; }
    public Instant started() { return started; }
    public Instant heartbeatAt() { return heartbeatAt; }
}
