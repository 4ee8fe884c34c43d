package io.qrun.domain.node;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The nodes and their heartbeats. Callers bring the transaction. */
public interface NodeRepository {

    Optional<Node> findForUpdate(String id);

    void add(Node node);

    /** Refreshes the node's heartbeat (a bulk update: no version conflict with anything). */
    void beat(String id, Instant now);

    /** Nodes whose last heartbeat is older than {@code before}. */
    List<Node> silentSince(Instant before);
}
