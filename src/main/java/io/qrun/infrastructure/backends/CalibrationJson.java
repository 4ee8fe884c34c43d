package io.qrun.infrastructure.backends;

import io.qrun.application.json.JsonFactories;
import io.qrun.domain.backend.BackendCalibration;
import io.qrun.engine.target.GateProperties;
import io.qrun.domain.backend.QubitCalibration;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The storage form of a {@link BackendCalibration} in backend_state.calibration_json: fully
 * expanded (one object per qubit, one per gate and qubit tuple), SI units, so a stored calibration
 * never depends on the defaults of the configuration file it came from.
 */
public final class CalibrationJson {

    private CalibrationJson() {
    }

    public static String write(BackendCalibration c) {
        JsonArrayBuilder qubits = JsonFactories.BUILDERS.createArrayBuilder();
        for (QubitCalibration q : c.qubits()) {
            qubits.add(JsonFactories.BUILDERS.createObjectBuilder()
                    .add("t1", q.t1Seconds())
                    .add("t2", q.t2Seconds())
                    .add("prob_meas1_prep0", q.probMeas1Prep0())
                    .add("prob_meas0_prep1", q.probMeas0Prep1())
                    .add("readout_length", q.readoutLengthSeconds())
                    .add("frequency", q.frequencyHz()));
        }
        JsonArrayBuilder gates = JsonFactories.BUILDERS.createArrayBuilder();
        for (GateProperties g : c.gates()) {
            JsonArrayBuilder on = JsonFactories.BUILDERS.createArrayBuilder();
            for (int q : g.qubits()) {
                on.add(q);
            }
            gates.add(JsonFactories.BUILDERS.createObjectBuilder()
                    .add("gate", g.gate())
                    .add("qubits", on)
                    .add("error", g.error())
                    .add("length", g.lengthSeconds()));
        }
        return JsonFactories.BUILDERS.createObjectBuilder()
                .add("last_update", c.lastUpdate() == null ? Instant.EPOCH.toString() : c.lastUpdate().toString())
                .add("qubits", qubits)
                .add("gates", gates)
                .build().toString();
    }

    public static BackendCalibration read(String json) {
        JsonObject o;
        try (JsonReader r = JsonFactories.READERS.createReader(new StringReader(json))) {
            o = r.readObject();
        }
        List<QubitCalibration> qubits = new ArrayList<>();
        for (JsonValue v : o.getJsonArray("qubits")) {
            JsonObject q = v.asJsonObject();
            qubits.add(new QubitCalibration(
                    q.getJsonNumber("t1").doubleValue(),
                    q.getJsonNumber("t2").doubleValue(),
                    q.getJsonNumber("prob_meas1_prep0").doubleValue(),
                    q.getJsonNumber("prob_meas0_prep1").doubleValue(),
                    q.getJsonNumber("readout_length").doubleValue(),
                    q.getJsonNumber("frequency").doubleValue()));
        }
        List<GateProperties> gates = new ArrayList<>();
        for (JsonValue v : o.getJsonArray("gates")) {
            JsonObject g = v.asJsonObject();
            JsonArray on = g.getJsonArray("qubits");
            int[] qs = new int[on.size()];
            for (int i = 0; i < qs.length; i++) {
                qs[i] = on.getInt(i);
            }
            gates.add(new GateProperties(g.getString("gate"), qs,
                    g.getJsonNumber("error").doubleValue(), g.getJsonNumber("length").doubleValue()));
        }
        return new BackendCalibration(qubits, gates, Instant.parse(o.getString("last_update")));
    }
}
