package io.qrun.engine.primitives;

import io.qrun.engine.compile.CircuitCompiler;
import io.qrun.engine.compile.CompileException;
import io.qrun.engine.compile.CompileOptions;
import io.qrun.engine.compile.CompiledCircuit;
import io.qrun.engine.compile.NoiseModel;
import io.qrun.engine.compile.QpuTimeModel;
import io.qrun.engine.qasm.QasmException;
import io.qrun.engine.qasm.QasmParser;
import io.qrun.engine.sim.PauliString;
import io.qrun.engine.sim.Simulator;
import io.qrun.engine.sim.SimulatorConfig;
import io.qrun.engine.sim.TooManyQubitsException;
import io.qrun.engine.target.Calibration;
import io.qrun.engine.target.IsaChecker;
import io.qrun.engine.target.IsaViolationException;
import io.qrun.engine.target.QubitProperties;
import io.qrun.engine.target.Target;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * The facade the service calls to run a primitive job, split into the phases of its batch job:
 * {@link #validate} at submission, {@link #prepare} per PUB (preprocessing), {@link #execute} per
 * PUB (quantum execution) and {@link #assemble} (postprocessing). All JSON is plain Java trees.
 * Thread-safe: one engine serves every job and shares one {@link Simulator}.
 */
public final class PrimitiveEngine {

    /** T1/T2 decay during gates is part of a QPU backend's noise (docs/primitives-engine.md, noise). */
    private static final boolean THERMAL_RELAXATION = true;

    private final Simulator simulator;
    private final int maxQubits;
    private final SamplerRunner sampler;
    private final EstimatorRunner estimator;

    /**
     * @param maxQubits the most qubits a PUB may simulate (the operator's qrun.engine.max-qubits);
     *                  capped by the simulator's own limit
     */
    public PrimitiveEngine(SimulatorConfig simulator, int maxQubits) {
        this(simulator, maxQubits, EstimatorRunner.TRAJECTORY_WORK_BUDGET);
    }

    /** With a different trajectory budget for noisy Estimator PUBs (tests force shared trajectories with it). */
    PrimitiveEngine(SimulatorConfig simulator, int maxQubits, long trajectoryWorkBudget) {
        this.simulator = new Simulator(simulator);
        this.maxQubits = Math.min(maxQubits, simulator.maxQubits());
        this.sampler = new SamplerRunner(this.simulator);
        this.estimator = new EstimatorRunner(this.simulator, trajectoryWorkBudget);
    }

    /**
     * Validates shape, limits, option keys and QASM syntax of every PUB.
     *
     * @throws PrimitiveInputException naming the path of the first problem
     */
    public JobSpec validate(String programId, Map<String, Object> params, SubmissionLimits limits) {
        if (!"sampler".equals(programId) && !"estimator".equals(programId)) {
            throw new PrimitiveInputException("program_id", "must be \"sampler\" or \"estimator\", found "
                    + JsonValues.describe(programId));
        }
        if (params == null) {
            throw new PrimitiveInputException("params", "missing: give {\"pubs\": [...]}");
        }
        PrimitiveOptions options = OptionsValidator.validate(programId, params, limits);
        // PUBs often repeat one circuit with other values or observables: parse each text once
        Map<String, io.qrun.engine.circuit.Circuit> parsed = new java.util.HashMap<>();
        PubDecoder decoder = new PubDecoder((qasm, path) -> {
            io.qrun.engine.circuit.Circuit c = parsed.get(qasm);
            if (c == null) {
                c = parse(qasm, path);
                parsed.put(qasm, c);
            }
            return c;
        }, limits, options);
        List<?> pubs = decoder.pubList(params.get("pubs"));
        List<DecodedPub> decoded = new ArrayList<>(pubs.size());
        long totalShots = 0;
        for (int i = 0; i < pubs.size(); i++) {
            if ("estimator".equals(programId)) {
                EstimatorPub p = decoder.estimator(pubs.get(i), i);
                decoded.add(p);
                totalShots += p.totalShots();
            } else {
                SamplerPub p = decoder.sampler(pubs.get(i), i);
                decoded.add(p);
                totalShots += (long) p.shots() * p.values().numSets();
            }
            if (totalShots > limits.maxTotalShots()) {
                throw new PrimitiveInputException("params.pubs[" + i + "]", "the job needs " + totalShots
                        + " shots up to this PUB, above the limit of " + limits.maxTotalShots() + " per job; split it");
            }
        }
        return new JobSpec(programId, decoded.size(), params, options, decoded);
    }

    private static io.qrun.engine.circuit.Circuit parse(String qasm, String path) {
        try {
            return new QasmParser().parse(qasm);
        } catch (QasmException e) {
            throw new PrimitiveInputException(path, e.getMessage(), e);
        }
    }

    /**
     * Preprocesses one PUB, simulating the target's noise when it has a calibration and the job did
     * not turn noise off ({@code options.simulator.noise_model: false}).
     */
    public PreparedPub prepare(JobSpec spec, int pubIndex, Target target, TimeModelSettings time) {
        boolean noise = target.calibration() != null && !Boolean.FALSE.equals(spec.options().noiseModel());
        return prepare(spec, pubIndex, target, time, noise);
    }

    /**
     * Preprocesses one PUB: ISA check against the target, every parameter set bound and compiled
     * (with the target's noise when {@code simulateNoise} and the target has a calibration; folded
     * for zero-noise extrapolation when asked), QPU time estimated.
     *
     * @throws PubExecutionException for anything that must fail the job (ISA violation, too many qubits, ...)
     */
    public PreparedPub prepare(JobSpec spec, int pubIndex, Target target, TimeModelSettings time, boolean simulateNoise) {
        DecodedPub pub = spec.pub(pubIndex);
        Calibration calibration = target.calibration();
        boolean noisy = simulateNoise && calibration != null;
        try {
            IsaChecker.check(pub.circuit(), target);
            ResiliencePlan plan = ResiliencePlan.none(spec.options().effectiveResilienceLevel(), "not an Estimator job");
            if (pub instanceof EstimatorPub e) {
                checkObservablesFit(e, target);
                String reason = calibration == null
                        ? "the backend " + target.name() + " is noiseless: there are no errors to mitigate"
                        : "options.simulator.noise_model is false: the simulation is noiseless";
                plan = ResiliencePlan.of(spec.options(), noisy, reason);
            }
            NoiseModel noiseModel = noisy ? NoiseModel.fromCalibration(calibration, THERMAL_RELAXATION) : null;
            TreeSet<Integer> factors = new TreeSet<>(plan.noiseFactors());
            factors.add(1);
            Map<Integer, List<CompiledCircuit>> compiled = new LinkedHashMap<>();
            for (int factor : factors) {
                CircuitCompiler compiler = new CircuitCompiler(CompileOptions.defaults().withMaxQubits(maxQubits)
                        .withTarget(target).withNoise(noiseModel).withFoldFactor(factor));
                List<CompiledCircuit> perSet = new ArrayList<>(pub.numParameterSets());
                for (int k = 0; k < pub.numParameterSets(); k++) {
                    perSet.add(compiler.compile(pub.circuit(), pub.values().set(k)));
                }
                compiled.put(factor, perSet);
            }
            List<double[][]> readout = new ArrayList<>();
            for (CompiledCircuit cc : compiled.get(1)) {
                readout.add(readoutErrors(cc.circuitQubits(), noisy ? calibration : null));
            }
            double repDelay = spec.options().repDelaySeconds() != null ? spec.options().repDelaySeconds()
                    : time.defaultRepDelaySeconds();
            double unscaled = qpuSeconds(pub, compiled, noisy, repDelay);
            return new PreparedPub(pub, compiled, noisy, readout, plan, unscaled, unscaled * time.scale());
        } catch (IsaViolationException | CompileException e) {
            throw new PubExecutionException(pubIndex, e.getMessage(), e);
        } catch (TooManyQubitsException e) {
            throw new PubExecutionException(pubIndex, e.getMessage(), e);
        }
    }

    /** For circuits on physical qubits an observable may be wider than the circuit, but not than the backend. */
    private static void checkObservablesFit(EstimatorPub pub, Target target) {
        for (int i = 0; i < pub.observables().size(); i++) {
            Observable o = pub.observables().get(i);
            if (o.numQubits() > target.numQubits()) {
                throw new PubExecutionException(pub.index(), "the observable " + o.describe() + " at "
                        + BindingsArray.indexSuffix(i, pub.observables().shape()) + " spans " + o.numQubits()
                        + " qubits but the backend " + target.name() + " has " + target.numQubits());
            }
        }
    }

    /** Per program qubit {probMeas1Prep0, probMeas0Prep1} of its physical qubit; zeros without a calibration. */
    private static double[][] readoutErrors(int[] circuitQubits, Calibration calibration) {
        double[][] r = new double[circuitQubits.length][2];
        if (calibration != null) {
            for (int i = 0; i < circuitQubits.length; i++) {
                QubitProperties q = calibration.qubit(circuitQubits[i]).orElse(null);
                if (q != null) {
                    r[i][0] = q.probMeas1Prep0();
                    r[i][1] = q.probMeas0Prep1();
                }
            }
        }
        return r;
    }

    /**
     * Unscaled QPU seconds: the Sampler runs its shots per parameter set; the Estimator runs, per
     * parameter set and noise factor, its shots per measurement basis (one basis per group of
     * qubit-wise commuting terms). An exact Estimator PUB (precision 0, noiseless) runs no shots.
     */
    private static double qpuSeconds(DecodedPub pub, Map<Integer, List<CompiledCircuit>> compiled, boolean noisy,
            double repDelay) {
        if (pub instanceof SamplerPub s) {
            double[] durations = compiled.get(1).stream().mapToDouble(CompiledCircuit::durationSeconds).toArray();
            return QpuTimeModel.pubSeconds(s.shots(), repDelay, durations);
        }
        EstimatorPub e = (EstimatorPub) pub;
        boolean measured = noisy || compiled.get(1).stream().anyMatch(c -> c.program().dynamic());
        int shots = measured ? EstimatorRunner.measuredShots(e) : e.shotsPerTerm();
        if (shots == 0) {
            return 0;
        }
        List<PauliString> terms = new ArrayList<>();
        int[] circuitQubits = compiled.get(1).get(0).circuitQubits();
        for (Observable o : e.observables().observables()) {
            for (Observable.Term t : o.terms()) {
                ProgramPauli p = ProgramPauli.map(t.label(), circuitQubits);
                if (!p.vanishes()) {
                    terms.add(p.pauli());
                }
            }
        }
        int bases = Math.max(1, MeasurementGroups.of(terms).size());
        double seconds = 0;
        for (List<CompiledCircuit> perSet : compiled.values()) {
            double[] durations = perSet.stream().mapToDouble(CompiledCircuit::durationSeconds).toArray();
            seconds += QpuTimeModel.pubSeconds((long) shots * bases, repDelay, durations);
        }
        return seconds;
    }

    /** Scaled QPU seconds of a whole job: its PUBs plus the per-job overhead, times the scale. */
    public static double jobQpuSeconds(List<PreparedPub> pubs, TimeModelSettings time) {
        return new QpuTimeModel(time.perJobOverheadSeconds(), time.scale())
                .jobSeconds(pubs.stream().mapToDouble(PreparedPub::unscaledQpuSeconds).toArray());
    }

    /** Runs one prepared PUB; the same seed gives the same result. */
    public PubResult execute(PreparedPub pub, long seed) {
        try {
            Map<String, Object> json = pub.pub() instanceof SamplerPub ? sampler.run(pub, seed) : estimator.run(pub, seed);
            return new PubResult(pub.pubIndex(), json, pub.estimatedQpuSeconds());
        } catch (TooManyQubitsException e) {
            throw new PubExecutionException(pub.pubIndex(), e.getMessage(), e);
        }
    }

    /**
     * The job's result JSON: {"results": [...in PUB order...], "metadata": {...}} with
     * {"execution": {"execution_spans": ...}} for the Sampler (from {@code executionMetadata}:
     * its "execution" object, or its "execution_spans" list) and "version": 2. Options that had no
     * effect are listed under "options_not_applied". When params had {@code support_qiskit: true}
     * the same result comes in the client's typed encoding ({@link QiskitResultEncoder}).
     */
    public Map<String, Object> assemble(JobSpec spec, List<PubResult> results, Map<String, Object> executionMetadata) {
        List<PubResult> ordered = new ArrayList<>(results);
        ordered.sort(Comparator.comparingInt(PubResult::pubIndex));
        if (ordered.size() != spec.numPubs()) {
            throw new IllegalArgumentException("the job has " + spec.numPubs() + " PUBs but " + ordered.size()
                    + " results were given");
        }
        List<Object> list = new ArrayList<>();
        for (int i = 0; i < ordered.size(); i++) {
            if (ordered.get(i).pubIndex() != i) {
                throw new IllegalArgumentException("missing or duplicate result for PUB " + i);
            }
            list.add(ordered.get(i).json());
        }
        Map<String, Object> metadata = new LinkedHashMap<>();
        if (!spec.isEstimator()) {
            Map<String, Object> meta = executionMetadata == null ? Map.of() : executionMetadata;
            Object execution = meta.get("execution");
            if (execution == null) {
                Map<String, Object> e = new LinkedHashMap<>();
                e.put("execution_spans", meta.getOrDefault("execution_spans", List.of()));
                execution = e;
            }
            metadata.put("execution", execution);
        }
        if (!spec.options().ignored().isEmpty()) {
            metadata.put("options_not_applied", spec.options().ignored());
        }
        metadata.put("version", 2);
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("results", list);
        json.put("metadata", metadata);
        // the Qiskit client asks for its typed encoding with support_qiskit; REST users read plain JSON
        return Boolean.TRUE.equals(spec.params().get("support_qiskit")) ? QiskitResultEncoder.encode(spec, json) : json;
    }
}
