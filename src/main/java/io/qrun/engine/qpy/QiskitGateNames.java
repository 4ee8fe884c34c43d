package io.qrun.engine.qpy;

import java.util.Map;

/**
 * Qiskit's standard-gate classes as QPY names them, and the engine gate of the same definition
 * (the engine's gate library already follows Qiskit's matrices and global phases, see
 * io.qrun.engine.circuit.StandardGate). {@code base} and {@code controls} describe a controlled
 * gate as controls on a base gate, which is how a non-default {@code ctrl_state} (open controls)
 * is expressed: {@code negctrl} modifiers on the base.
 */
final class QiskitGateNames {

    /** {@code gate} is the engine name (null when only the controlled form exists); {@code base} null when open controls cannot be expressed. */
    record Entry(String gate, String base, int controls) {}

    private static final Map<String, Entry> BY_CLASS = Map.ofEntries(
            Map.entry("GlobalPhaseGate", new Entry("gphase", null, 0)),
            Map.entry("HGate", new Entry("h", null, 0)),
            Map.entry("IGate", new Entry("id", null, 0)),
            Map.entry("XGate", new Entry("x", null, 0)),
            Map.entry("YGate", new Entry("y", null, 0)),
            Map.entry("ZGate", new Entry("z", null, 0)),
            Map.entry("PhaseGate", new Entry("p", null, 0)),
            Map.entry("RGate", new Entry("r", null, 0)),
            Map.entry("RXGate", new Entry("rx", null, 0)),
            Map.entry("RYGate", new Entry("ry", null, 0)),
            Map.entry("RZGate", new Entry("rz", null, 0)),
            Map.entry("SGate", new Entry("s", null, 0)),
            Map.entry("SdgGate", new Entry("sdg", null, 0)),
            Map.entry("SXGate", new Entry("sx", null, 0)),
            Map.entry("SXdgGate", new Entry("sxdg", null, 0)),
            Map.entry("TGate", new Entry("t", null, 0)),
            Map.entry("TdgGate", new Entry("tdg", null, 0)),
            Map.entry("UGate", new Entry("u", null, 0)),
            Map.entry("U1Gate", new Entry("u1", null, 0)),
            Map.entry("U2Gate", new Entry("u2", null, 0)),
            Map.entry("U3Gate", new Entry("u3", null, 0)),
            Map.entry("CHGate", new Entry("ch", "h", 1)),
            Map.entry("CXGate", new Entry("cx", "x", 1)),
            Map.entry("CYGate", new Entry("cy", "y", 1)),
            Map.entry("CZGate", new Entry("cz", "z", 1)),
            Map.entry("DCXGate", new Entry("dcx", null, 0)),
            Map.entry("ECRGate", new Entry("ecr", null, 0)),
            Map.entry("SwapGate", new Entry("swap", null, 0)),
            Map.entry("iSwapGate", new Entry("iswap", null, 0)),
            Map.entry("CPhaseGate", new Entry("cp", "p", 1)),
            Map.entry("CRXGate", new Entry("crx", "rx", 1)),
            Map.entry("CRYGate", new Entry("cry", "ry", 1)),
            Map.entry("CRZGate", new Entry("crz", "rz", 1)),
            Map.entry("CSGate", new Entry("cs", "s", 1)),
            Map.entry("CSdgGate", new Entry("csdg", "sdg", 1)),
            Map.entry("CSXGate", new Entry("csx", "sx", 1)),
            // cu's base is U with a phase gamma that becomes relative under the control: no plain base gate
            Map.entry("CUGate", new Entry("cu", null, 1)),
            Map.entry("CU1Gate", new Entry("cu1", "u1", 1)),
            Map.entry("CU3Gate", new Entry("cu3", "u3", 1)),
            Map.entry("RXXGate", new Entry("rxx", null, 0)),
            Map.entry("RYYGate", new Entry("ryy", null, 0)),
            Map.entry("RZZGate", new Entry("rzz", null, 0)),
            Map.entry("RZXGate", new Entry("rzx", null, 0)),
            Map.entry("XXMinusYYGate", new Entry("xx_minus_yy", null, 0)),
            Map.entry("XXPlusYYGate", new Entry("xx_plus_yy", null, 0)),
            Map.entry("CCXGate", new Entry("ccx", "x", 2)),
            Map.entry("CCZGate", new Entry(null, "z", 2)),
            Map.entry("CSwapGate", new Entry("cswap", "swap", 1)),
            Map.entry("RCCXGate", new Entry("rccx", null, 0)),
            Map.entry("C3XGate", new Entry("c3x", "x", 3)),
            Map.entry("C3SXGate", new Entry("c3sqrtx", "sx", 3)),
            Map.entry("RC3XGate", new Entry("rc3x", null, 0)),
            // multi-controlled gates whose control count is the instruction's num_ctrl_qubits
            Map.entry("MCXGate", new Entry(null, "x", -1)),
            Map.entry("MCXGrayCode", new Entry(null, "x", -1)),
            Map.entry("MCXRecursive", new Entry(null, "x", -1)),
            Map.entry("MCPhaseGate", new Entry(null, "p", -1)),
            Map.entry("MCU1Gate", new Entry(null, "u1", -1)));

    private QiskitGateNames() {}

    static Entry byClass(String className) {
        return BY_CLASS.get(className);
    }
}
