package io.qrun.batch;

import io.qrun.infrastructure.engine.EngineGateway;
import io.qrun.domain.backend.Backend;
import io.qrun.application.backends.BackendCalibrations;
import io.qrun.application.backends.BackendRegistry;
import io.qrun.domain.job.Job;
import io.qrun.domain.job.JobPhase;
import io.qrun.domain.job.ReasonCodes;
import io.qrun.engine.primitives.JobSpec;
import io.qrun.engine.primitives.PreparedPub;
import io.qrun.engine.primitives.PubExecutionException;
import io.qrun.application.json.JsonTrees;
import io.qrun.domain.job.JobRepository;
import io.qrun.infrastructure.batch.ExecutionControl;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * What every step of the primitive batch job (and the quantum execution) needs about its job: the row, the backend, the
 * validated spec (from the workspace, or validated again from the stored params after a
 * restart), whether it must stop, and a way to record a failure for the job listener.
 */
@ApplicationScoped
public class JobRun {

    @Inject
    JobRepository jobs;

    @Inject
    BackendRegistry backends;

    @Inject
    BackendCalibrations calibrations;

    @Inject
    JobWorkspaces workspaces;

    @Inject
    EngineGateway engine;

    @Inject
    ExecutionControl control;

    public Job job(String jobId) {
        return jobs.find(jobId).orElseThrow(() -> new IllegalStateException("Job " + jobId + " is gone (deleted?)"));
    }

    /** The job's backend with the calibration the job runs with: the one it names, else the current one. */
    public Backend backend(Job job) {
        Backend backend = backends.find(job.backend()).orElseThrow(() -> new IllegalStateException(
                "Backend " + job.backend() + " of job " + job.id() + " is no longer configured"));
        return job.calibrationId() == null ? backend : calibrations.withCalibration(backend, job.calibrationId());
    }

    public JobSpec spec(Job job, Backend backend) {
        JobWorkspaces.Workspace ws = workspaces.of(job.id());
        JobSpec spec = ws.spec;
        if (spec == null) {
            spec = engine.spec(job.programId(), JsonTrees.parseObject(job.params()), backend);
            ws.spec = spec;
        }
        return spec;
    }

    /** PUB {@code index} as this node prepared it, or prepared now (a restart, or a newer calibration). */
    public PreparedPub prepared(Job job, JobSpec spec, int index, Backend backend) {
        PreparedPub p = workspaces.of(job.id()).prepared(index);
        return p != null ? p : engine.prepare(spec, index, backend);
    }

    /**
     * The job, read once, while its preprocessing has reason to go on; empty when it must stop
     * (it ended or is gone, or this node stops).
     */
    public Optional<Job> preprocessing(String jobId) {
        if (control.isStopSignalled(jobId)) {
            return Optional.empty();
        }
        return jobs.find(jobId).filter(j -> j.isPhase(JobPhase.PREPROCESSING));
    }

    /**
     * Runs a step's work, recording the reason of a failure before rethrowing it (the batch
     * runtime keeps exceptions to itself; the listener reads the reason from the workspace).
     */
    public <T> T recordingFailure(String jobId, String phase, Supplier<T> work) {
        try {
            return work.get();
        } catch (PubExecutionException e) {
            workspaces.of(jobId).fail(new JobWorkspaces.Failure(e.getMessage(), ReasonCodes.PUB_FAILED,
                    "Fix the PUB for this backend (GET /backends/{name}/configuration lists its ISA) and submit again."));
            throw e;
        } catch (io.qrun.application.QrunException e) {
            workspaces.of(jobId).fail(new JobWorkspaces.Failure(e.getMessage(), ReasonCodes.PUB_FAILED, null));
            throw e;
        } catch (RuntimeException e) {
            workspaces.of(jobId).fail(new JobWorkspaces.Failure("Internal error during " + phase + ": " + e,
                    ReasonCodes.INTERNAL_ERROR, "Submit the job again; if it fails again, contact the operator."));
            throw e;
        }
    }
}
