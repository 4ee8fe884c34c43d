package io.qrun.infrastructure.engine;

import io.qrun.application.QrunException;
import io.qrun.application.ErrorCode;
import io.qrun.application.jobs.JobSettings;
import io.qrun.application.port.ParamsValidator;
import io.qrun.domain.backend.Backend;
import io.qrun.engine.primitives.JobSpec;
import io.qrun.engine.primitives.PreparedPub;
import io.qrun.engine.primitives.PrimitiveEngine;
import io.qrun.engine.primitives.PrimitiveInputException;
import io.qrun.engine.primitives.PubResult;
import io.qrun.engine.primitives.SubmissionLimits;
import io.qrun.engine.primitives.TimeModelSettings;
import io.qrun.engine.sim.SimulatorConfig;
import io.qrun.engine.target.Calibration;
import io.qrun.engine.target.Target;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The one place the service meets the engine (io.qrun.engine, plain Java): builds the engine's
 * Target and time model from a configured Backend, and turns the engine's input errors into the
 * API's 400. One PrimitiveEngine (and so one Simulator and its thread pool) for the application.
 */
@ApplicationScoped
public class EngineGateway implements ParamsValidator {

    @Inject
    JobSettings settings;

    private volatile PrimitiveEngine engine;

    private PrimitiveEngine engine() {
        PrimitiveEngine e = engine;
        if (e == null) {
            synchronized (this) {
                if (engine == null) {
                    engine = new PrimitiveEngine(SimulatorConfig.defaults(), settings.maxSimulatedQubits());
                }
                e = engine;
            }
        }
        return e;
    }

    @Override
    public void validate(String programId, Map<String, Object> params, Backend backend) {
        spec(programId, params, backend);
    }

    @Override
    public int maxPubsPerJob() {
        return SubmissionLimits.defaults().maxPubs();
    }

    /** Validates the params; a bad value is a 400 {@code invalid_params} naming its path. */
    public JobSpec spec(String programId, Map<String, Object> params, Backend backend) {
        try {
            return engine().validate(programId, params, limits(backend));
        } catch (PrimitiveInputException e) {
            throw new QrunException(ErrorCode.INVALID_PARAMS, e.getMessage());
        }
    }

    public PreparedPub prepare(JobSpec spec, int pubIndex, Backend backend) {
        return engine().prepare(spec, pubIndex, target(backend), time(backend));
    }

    public PubResult execute(PreparedPub pub, long seed) {
        return engine().execute(pub, seed);
    }

    /** The job's modelled QPU seconds: its PUBs' scaled times plus the scaled per-job overhead. */
    public double jobQpuSeconds(List<PreparedPub> pubs, Backend backend) {
        return engine().jobQpuSeconds(pubs, time(backend));
    }

    public Map<String, Object> assemble(JobSpec spec, List<PubResult> results, Map<String, Object> executionMetadata) {
        return engine().assemble(spec, results, executionMetadata);
    }

    static SubmissionLimits limits(Backend backend) {
        SubmissionLimits d = SubmissionLimits.defaults();
        int maxShots = backend.maxShots() > 0 ? backend.maxShots() : d.maxShots();
        return new SubmissionLimits(d.maxPubs(), maxShots, d.maxTotalShots(), d.maxCircuitChars(),
                d.maxParameterSets(), d.maxPauliTerms());
    }

    static TimeModelSettings time(Backend backend) {
        return new TimeModelSettings(backend.timeScale(), backend.perJobOverheadSeconds(),
                backend.defaultRepDelaySeconds());
    }

    /** The engine's view of the backend; the calibration only when the backend simulates noise. */
    static Target target(Backend backend) {
        Set<List<Integer>> coupling = new HashSet<>();
        for (int[] pair : backend.couplingMap()) {
            coupling.add(List.of(pair[0], pair[1]));
        }
        Calibration calibration = backend.noisy() ? calibration(backend) : null;
        return new Target(backend.name(), backend.numQubits(), new LinkedHashSet<>(backend.basisGates()), coupling,
                backend.permissive(), calibration, backend.dtSeconds());
    }

    static Calibration calibration(Backend backend) {
        return backend.calibration().forEngine(backend.defaultRepDelaySeconds());
    }
}
