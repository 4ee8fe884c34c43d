package io.qrun.api.backends;

import io.qrun.domain.backend.Backend;
import io.qrun.domain.backend.BackendCalibration;
import io.qrun.domain.backend.QubitCalibration;
import io.qrun.domain.backend.BackendGates;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The Backends section's JSON, in the shapes of the service Qrun mirrors, so that Qiskit's
 * {@code BackendConfiguration} and {@code BackendProperties} read them unchanged. Units follow
 * that service: in the configuration {@code dt} is in nanoseconds and {@code default_rep_delay}
 * and {@code rep_delay_range} in microseconds (Qiskit converts them to seconds); in the
 * properties every value carries its unit (T1/T2 "us", lengths "ns", frequency "GHz").
 */
public final class BackendJson {

    /** The largest rep_delay a client may ask for, in microseconds (the mirrored service's range). */
    static final double MAX_REP_DELAY_US = 500.0;

    private BackendJson() {}

    /** One item of {@code GET /backends}. */
    public static Map<String, Object> device(Backend b, boolean paused, Optional<String> pauseReason, int queueLength) {
        Map<String, Object> status = new LinkedHashMap<>();
        status.put("name", paused ? "paused" : "online");
        if (paused) {
            status.put("reason", pauseReason.orElse("Paused by the operator"));
        }
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("name", b.name());
        json.put("status", status);
        json.put("is_simulator", b.simulator());
        json.put("qubits", b.numQubits());
        json.put("queue_length", queueLength);
        if (b.processorType() != null) {
            json.put("processor_type", Map.of("family", b.processorType()));
        }
        return json;
    }

    /** {@code GET /backends/{name}/status}. */
    public static Map<String, Object> status(Backend b, boolean paused, Optional<String> pauseReason, int queueLength) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("backend_name", b.name());
        json.put("state", !paused);
        json.put("status", paused ? "paused" : "active");
        json.put("message", paused ? pauseReason.orElse("Paused by the operator") : "");
        json.put("length_queue", queueLength);
        json.put("backend_version", b.version());
        return json;
    }

    /**
     * {@code GET /backends/{name}/configuration}. The Qiskit client requires {@code online_date}
     * (it parses it before anything else) and a {@code qasm_def} on every gate (its GateConfig
     * takes exactly name, parameters, qasm_def, coupling_map and a few optional keys); without them
     * it drops the backend.
     */
    public static Map<String, Object> configuration(Backend b, int maxExperiments, Instant onlineDate) {
        List<String> basis = basisGates(b);
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("backend_name", b.name());
        json.put("backend_version", b.version());
        json.put("n_qubits", b.numQubits());
        json.put("basis_gates", basis);
        // null = all-to-all, as the mirrored service reports for its simulators
        json.put("coupling_map", b.couplingMap().isEmpty() ? null : b.couplingMap());
        json.put("gates", gates(b, basis));
        json.put("supported_instructions", supportedInstructions(basis));
        json.put("max_shots", b.maxShots());
        json.put("max_experiments", maxExperiments);
        json.put("simulator", b.simulator());
        json.put("conditional", true);
        json.put("memory", true);
        json.put("local", false);
        json.put("open_pulse", false);
        json.put("dynamic_reprate_enabled", true);
        json.put("online_date", onlineDate);
        json.put("dt", b.dtSeconds() * 1e9);
        json.put("default_rep_delay", b.defaultRepDelaySeconds() * 1e6);
        json.put("rep_delay_range", List.of(0.0, Math.max(MAX_REP_DELAY_US, b.defaultRepDelaySeconds() * 1e6)));
        if (b.processorType() != null) {
            json.put("processor_type", Map.of("family", b.processorType()));
        }
        return json;
    }

    static List<String> basisGates(Backend b) {
        return BackendGates.basisGates(b);
    }

    private static List<String> supportedInstructions(List<String> basis) {
        List<String> all = new ArrayList<>(basis);
        for (String s : List.of("measure", "reset", "delay", "barrier", "if_else")) {
            if (!all.contains(s)) {
                all.add(s);
            }
        }
        return all;
    }

    private static List<Object> gates(Backend b, List<String> basis) {
        List<Object> gates = new ArrayList<>();
        for (String name : basis) {
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("name", name);
            json.put("parameters", BackendGates.parameterNames(name));
            json.put("qasm_def", BackendGates.qasmDefinition(name).orElse(null));
            int arity = BackendGates.arity(name);
            if (arity == 1) {
                List<Object> each = new ArrayList<>();
                for (int q = 0; q < b.numQubits(); q++) {
                    each.add(List.of(q));
                }
                json.put("coupling_map", each);
            } else if (arity == 2 && !b.couplingMap().isEmpty()) {
                json.put("coupling_map", b.couplingMap());
            }
            // otherwise all-to-all: no coupling_map, as for the mirrored service's simulators
            gates.add(json);
        }
        return gates;
    }

    /**
     * {@code GET /backends/{name}/properties} from the backend's calibration ({@code b} carries the
     * current one or the one asked for), which the history knows as {@code calibrationId}.
     */
    public static Map<String, Object> properties(Backend b, String calibrationId) {
        BackendCalibration cal = b.calibration();
        Instant date = cal.lastUpdate();
        List<Object> qubits = new ArrayList<>();
        for (QubitCalibration q : cal.qubits()) {
            List<Object> props = new ArrayList<>();
            props.add(property("T1", "us", q.t1Seconds() * 1e6, date));
            props.add(property("T2", "us", q.t2Seconds() * 1e6, date));
            if (q.frequencyHz() > 0) {
                props.add(property("frequency", "GHz", q.frequencyHz() / 1e9, date));
            }
            props.add(property("readout_error", "", q.readoutError(), date));
            props.add(property("prob_meas0_prep1", "", q.probMeas0Prep1(), date));
            props.add(property("prob_meas1_prep0", "", q.probMeas1Prep0(), date));
            props.add(property("readout_length", "ns", q.readoutLengthSeconds() * 1e9, date));
            qubits.add(props);
        }
        List<Object> gates = new ArrayList<>();
        for (var g : BackendGates.reportedGates(b)) { // calibrated entries and the engine's defaults for the rest
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("gate", g.gate());
            json.put("qubits", g.qubits());
            json.put("parameters", List.of(
                    property("gate_error", "", g.error(), date),
                    property("gate_length", "ns", g.lengthSeconds() * 1e9, date)));
            json.put("name", g.gate() + Arrays.stream(g.qubits()).mapToObj(Integer::toString)
                    .collect(Collectors.joining("_")));
            gates.add(json);
        }
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("backend_name", b.name());
        json.put("backend_version", b.version());
        json.put("last_update_date", date);
        json.put("calibration_id", calibrationId);
        json.put("qubits", qubits);
        json.put("gates", gates);
        json.put("general", List.of());
        return json;
    }

    private static Map<String, Object> property(String name, String unit, double value, Instant date) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("date", date);
        json.put("name", name);
        json.put("unit", unit);
        json.put("value", value);
        return json;
    }
}
