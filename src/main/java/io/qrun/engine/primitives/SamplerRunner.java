package io.qrun.engine.primitives;

import io.qrun.engine.circuit.ClassicalRegister;
import io.qrun.engine.sim.Shots;
import io.qrun.engine.sim.Simulator;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Runs a prepared Sampler PUB: for each parameter set, samples its compiled program (one state and
 * all shots from its distribution, or one trajectory per shot when the circuit is dynamic or
 * noisy) and encodes each classical register's bits as hex strings.
 */
final class SamplerRunner {

    private final Simulator simulator;

    SamplerRunner(Simulator simulator) {
        this.simulator = simulator;
    }

    Map<String, Object> run(PreparedPub prepared, long seed) {
        SamplerPub pub = (SamplerPub) prepared.pub();
        List<ClassicalRegister> registers = pub.circuit().registers();
        int sets = pub.values().numSets();
        List<List<List<String>>> samples = new ArrayList<>(); // [register][set] -> shots
        for (int r = 0; r < registers.size(); r++) {
            samples.add(new ArrayList<>(sets));
        }
        for (int k = 0; k < sets; k++) {
            Shots shots = simulator.sample(prepared.compiled(k).program(), pub.shots(),
                    Seeds.stream(seed, pub.index(), k, Seeds.SAMPLES));
            if (shots.numClbits() < pub.circuit().numClbits()) {
                throw new IllegalStateException("the compiled program has " + shots.numClbits()
                        + " classical bits but the circuit declares " + pub.circuit().numClbits());
            }
            for (int r = 0; r < registers.size(); r++) {
                List<String> hex = new ArrayList<>(pub.shots());
                for (int s = 0; s < pub.shots(); s++) {
                    hex.add(RegisterHex.encode(shots.words(), shots.wordsPerShot(), s, registers.get(r)));
                }
                samples.get(r).add(hex);
            }
        }
        Map<String, Object> data = new LinkedHashMap<>();
        for (int r = 0; r < registers.size(); r++) {
            List<List<String>> perSet = samples.get(r);
            Map<String, Object> field = new LinkedHashMap<>();
            field.put("samples", NestedLists.build(pub.shape(), perSet::get));
            field.put("num_bits", registers.get(r).size());
            data.put(registers.get(r).name(), field);
        }
        Map<String, Object> metadata = new LinkedHashMap<>();
        metadata.put("circuit_metadata", new LinkedHashMap<>());
        metadata.put("shots", pub.shots());
        metadata.put("simulator", Map.of("noise", prepared.noisy()));
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("data", data);
        json.put("metadata", metadata);
        return json;
    }
}
