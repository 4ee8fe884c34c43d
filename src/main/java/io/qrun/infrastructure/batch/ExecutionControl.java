package io.qrun.infrastructure.batch;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * In-memory stop signals for this node's preprocessing and compute work: a job that ended (a
 * cancel, a failure) is signalled so its partitions and its compute task stop between PUBs
 * instead of finishing work nobody will read. The job row is the truth (a signal only saves
 * work); the application's undeployment signals everything.
 */
@ApplicationScoped
public class ExecutionControl {

    private final Set<String> stopped = ConcurrentHashMap.newKeySet();
    private volatile boolean shuttingDown;

    @PreDestroy
    void stopAllForShutdown() {
        shuttingDown = true;
    }

    /** True once the application is being undeployed: nothing new should start. */
    public boolean isShuttingDown() {
        return shuttingDown;
    }

    /** Asks the job's work on this node to stop as soon as it can. Idempotent. */
    public void signalStop(String jobId) {
        stopped.add(jobId);
    }

    public boolean isStopSignalled(String jobId) {
        return shuttingDown || stopped.contains(jobId);
    }

    /** Drops the job's signal once its work on this node has ended. */
    public void forget(String jobId) {
        stopped.remove(jobId);
    }
}
