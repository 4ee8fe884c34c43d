package io.qrun.domain.backend;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * One configured backend: a simulated QPU (its own queue, ISA, calibration and time model) or a
 * simulator ({@code simulator = true}: no queue, no workloads). Values come from
 * {@code qrun-backends.json} (see docs/backends.md); times are in seconds.
 *
 * @param name                       unique name, e.g. {@code qrun_falcon27}
 * @param numQubits                  qubits of the device
 * @param simulator                  true for a simulator backend (runs jobs without a queue)
 * @param permissive                 true: any standard gate on any qubits (no ISA check)
 * @param noisy                      true: jobs simulate the calibration's noise
 * @param thermalRelaxation          true: noise includes T1/T2 relaxation during gates and readout
 * @param basisGates                 the ISA's gate names (empty when permissive and none listed)
 * @param couplingMap                directed pairs [control, target] (empty = all-to-all when permissive)
 * @param calibration                the calibration loaded from the file (the registry may hold a newer one)
 * @param dtSeconds                  the device's sample time
 * @param timeScale                  multiplies modelled QPU time (small in tests, 1 for realism)
 * @param perJobOverheadSeconds      QPU time added to every job (loading, setup)
 * @param defaultRepDelaySeconds     the delay between shots
 * @param calibrationIntervalSeconds how often a calibration job occupies the QPU (0 = never)
 * @param calibrationDurationSeconds how long a calibration job occupies the QPU
 * @param processorType              e.g. "Falcon r5.11" (may be null)
 * @param maxShots                   the most shots one PUB may ask for
 * @param version                    backend_version reported by the API
 */
public record Backend(String name, int numQubits, boolean simulator, boolean permissive, boolean noisy,
                      boolean thermalRelaxation, List<String> basisGates, List<int[]> couplingMap,
                      BackendCalibration calibration, double dtSeconds, double timeScale,
                      double perJobOverheadSeconds, double defaultRepDelaySeconds,
                      double calibrationIntervalSeconds, double calibrationDurationSeconds,
                      String processorType, int maxShots, String version) {

    /** Instructions every QPU accepts besides its basis gates. */
    public static final Set<String> NON_GATE_INSTRUCTIONS = Set.of("measure", "reset", "delay", "barrier");

    public Backend {
        Objects.requireNonNull(name, "name");
        basisGates = List.copyOf(basisGates);
        List<int[]> pairs = new ArrayList<>();
        for (int[] p : couplingMap) {
            pairs.add(p.clone());
        }
        couplingMap = List.copyOf(pairs);
        Objects.requireNonNull(calibration, "calibration");
    }

    @Override
    public List<int[]> couplingMap() {
        List<int[]> copy = new ArrayList<>(couplingMap.size());
        for (int[] p : couplingMap) {
            copy.add(p.clone());
        }
        return copy;
    }

    /** Whether the directed pair (a, b) is in the coupling map (always true when all-to-all). */
    public boolean coupled(int a, int b) {
        if (couplingMap.isEmpty()) {
            return permissive;
        }
        for (int[] p : couplingMap) {
            if (p[0] == a && p[1] == b) {
                return true;
            }
        }
        return false;
    }

    /** The instructions the API's configuration lists: basis gates plus measure, reset, delay, barrier. */
    public List<String> supportedInstructions() {
        List<String> all = new ArrayList<>(basisGates);
        for (String s : List.of("measure", "reset", "delay", "barrier")) {
            if (!all.contains(s)) {
                all.add(s);
            }
        }
        return all;
    }

    /** The same backend with another calibration (the registry's current one). */
    public Backend withCalibration(BackendCalibration current) {
        return new Backend(name, numQubits, simulator, permissive, noisy, thermalRelaxation, basisGates,
                couplingMap, current, dtSeconds, timeScale, perJobOverheadSeconds, defaultRepDelaySeconds,
                calibrationIntervalSeconds, calibrationDurationSeconds, processorType, maxShots, version);
    }
}
