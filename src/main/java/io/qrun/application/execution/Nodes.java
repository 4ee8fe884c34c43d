package io.qrun.application.execution;

import io.qrun.domain.job.Job;
import io.qrun.domain.job.JobRepository;
import io.qrun.domain.node.Node;
import io.qrun.domain.node.NodeRepository;
import io.qrun.domain.shared.Times;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * This node in the nodes table, its heartbeat, and the work of nodes that are gone: at start-up
 * the node's own Running jobs (its previous life is over), and on every clock tick the jobs of a
 * node whose heartbeat is older than {@code qrun.nodes.silent-after-seconds}. Only those: a
 * live node's work is never touched.
 */
@ApplicationScoped
public class Nodes {

    /** A Running job to take over, and when its node was last seen. */
    public record Orphan(String jobId, Instant lastSeen) {
    }

    @Inject
    NodeRepository nodes;

    @Inject
    JobRepository jobs;

    @Inject
    NodeIdentity identity;

    @Inject
    @ConfigProperty(name = "qrun.nodes.silent-after-seconds", defaultValue = "30")
    long silentAfterSeconds;

    /** Registers (or re-registers) this node; returns its own Running jobs from before the restart. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public List<Orphan> start() {
        Instant now = Times.now();
        String me = identity.id();
        Instant lastSeen = nodes.findForUpdate(me).map(Node::heartbeatAt).orElse(now);
        nodes.findForUpdate(me).ifPresentOrElse(n -> n.restarted(now), () -> nodes.add(new Node(me, now)));
        List<Orphan> orphans = new ArrayList<>();
        for (Job j : jobs.runningOnNodes(List.of(me))) {
            orphans.add(new Orphan(j.id(), lastSeen));
        }
        return orphans;
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void beat() {
        nodes.beat(identity.id(), Times.now());
    }

    /** Running jobs of nodes silent for longer than the setting (never this node's). */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public List<Orphan> silentNodesWork() {
        Instant before = Times.now().minus(Duration.ofSeconds(silentAfterSeconds));
        List<Orphan> orphans = new ArrayList<>();
        for (Node n : nodes.silentSince(before)) {
            if (!n.id().equals(identity.id())) {
                for (Job j : jobs.runningOnNodes(List.of(n.id()))) {
                    if (n.id().equals(j.nodeId())) {
                        orphans.add(new Orphan(j.id(), n.heartbeatAt()));
                    }
                }
            }
        }
        return orphans;
    }
}
