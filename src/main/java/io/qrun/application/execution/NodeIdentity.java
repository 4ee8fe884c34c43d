package io.qrun.application.execution;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * This server's node id, stamped on the jobs it works on: {@code qrun.node.id}, else WildFly's
 * {@code jboss.node.name} (the host name unless set), else the host name. It must stay the same
 * across restarts of one server (so a restarted node takes back its own work at once) and differ
 * between the servers that share a database.
 */
@ApplicationScoped
public class NodeIdentity {

    @Inject
    @ConfigProperty(name = "qrun.node.id")
    Optional<String> configured;

    @Inject
    @ConfigProperty(name = "jboss.node.name")
    Optional<String> jbossNodeName;

    public String id() {
        return configured.filter(s -> !s.isBlank())
                .or(() -> jbossNodeName.filter(s -> !s.isBlank()))
                .orElseGet(NodeIdentity::hostName);
    }

    private static String hostName() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            return "localhost";
        }
    }
}
