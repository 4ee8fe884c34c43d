package io.qrun.engine.circuit;

import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The gates the engine knows without a {@code gate} definition: OpenQASM 3's built-ins
 * ({@code U}, {@code gphase}), every gate of {@code stdgates.inc}, the extra gates of OpenQASM 2's
 * {@code qelib1.inc}, and the Qiskit gates that QPU backends list as basis gates ({@code ecr},
 * {@code rzz}, ...). A program's own {@code gate} definition of the same name takes precedence over
 * the extra gates, never over stdgates. Parameter order and qubit order follow Qiskit's definitions;
 * matrices live in the compiler (io.qrun.engine.compile), in Qiskit's little-endian convention.
 */
public enum StandardGate {
    // OpenQASM 3 built-ins
    U("U", 3, 1, Origin.BUILTIN),
    GPHASE("gphase", 1, 0, Origin.BUILTIN),
    // stdgates.inc
    P("p", 1, 1, Origin.STDGATES),
    X("x", 0, 1, Origin.STDGATES),
    Y("y", 0, 1, Origin.STDGATES),
    Z("z", 0, 1, Origin.STDGATES),
    H("h", 0, 1, Origin.STDGATES),
    S("s", 0, 1, Origin.STDGATES),
    SDG("sdg", 0, 1, Origin.STDGATES),
    T("t", 0, 1, Origin.STDGATES),
    TDG("tdg", 0, 1, Origin.STDGATES),
    SX("sx", 0, 1, Origin.STDGATES),
    RX("rx", 1, 1, Origin.STDGATES),
    RY("ry", 1, 1, Origin.STDGATES),
    RZ("rz", 1, 1, Origin.STDGATES),
    CX("cx", 0, 2, Origin.STDGATES),
    CY("cy", 0, 2, Origin.STDGATES),
    CZ("cz", 0, 2, Origin.STDGATES),
    CP("cp", 1, 2, Origin.STDGATES),
    CRX("crx", 1, 2, Origin.STDGATES),
    CRY("cry", 1, 2, Origin.STDGATES),
    CRZ("crz", 1, 2, Origin.STDGATES),
    CH("ch", 0, 2, Origin.STDGATES),
    SWAP("swap", 0, 2, Origin.STDGATES),
    CCX("ccx", 0, 3, Origin.STDGATES),
    CSWAP("cswap", 0, 3, Origin.STDGATES),
    /** cu(theta, phi, lambda, gamma) */
    CU("cu", 4, 2, Origin.STDGATES),
    CX_UPPER("CX", 0, 2, Origin.STDGATES),
    PHASE("phase", 1, 1, Origin.STDGATES),
    CPHASE("cphase", 1, 2, Origin.STDGATES),
    ID("id", 0, 1, Origin.STDGATES),
    U1("u1", 1, 1, Origin.STDGATES),
    U2("u2", 2, 1, Origin.STDGATES),
    U3("u3", 3, 1, Origin.STDGATES),
    // qelib1.inc extras (OpenQASM 2)
    U_LOWER("u", 3, 1, Origin.EXTRA),
    U0("u0", 1, 1, Origin.EXTRA),
    SXDG("sxdg", 0, 1, Origin.EXTRA),
    CU1("cu1", 1, 2, Origin.EXTRA),
    CU3("cu3", 3, 2, Origin.EXTRA),
    CSX("csx", 0, 2, Origin.EXTRA),
    RXX("rxx", 1, 2, Origin.EXTRA),
    RZZ("rzz", 1, 2, Origin.EXTRA),
    RCCX("rccx", 0, 3, Origin.EXTRA),
    C3X("c3x", 0, 4, Origin.EXTRA),
    C3SQRTX("c3sqrtx", 0, 4, Origin.EXTRA),
    RC3X("rc3x", 0, 4, Origin.EXTRA),
    C4X("c4x", 0, 5, Origin.EXTRA),
    // Qiskit gates used as QPU basis gates or common in exported circuits
    ECR("ecr", 0, 2, Origin.EXTRA),
    RYY("ryy", 1, 2, Origin.EXTRA),
    RZX("rzx", 1, 2, Origin.EXTRA),
    ISWAP("iswap", 0, 2, Origin.EXTRA),
    DCX("dcx", 0, 2, Origin.EXTRA),
    CS("cs", 0, 2, Origin.EXTRA),
    CSDG("csdg", 0, 2, Origin.EXTRA),
    /** r(theta, phi) */
    R("r", 2, 1, Origin.EXTRA),
    /** xx_plus_yy(theta, beta) */
    XX_PLUS_YY("xx_plus_yy", 2, 2, Origin.EXTRA),
    /** xx_minus_yy(theta, beta) */
    XX_MINUS_YY("xx_minus_yy", 2, 2, Origin.EXTRA);

    /** Where a gate comes from; decides whether a program's own definition may replace it. */
    public enum Origin { BUILTIN, STDGATES, EXTRA }

    private static final Map<String, StandardGate> BY_NAME =
            Arrays.stream(values()).collect(Collectors.toUnmodifiableMap(StandardGate::qasmName, Function.identity()));

    private final String qasmName;
    private final int numParameters;
    private final int numQubits;
    private final Origin origin;

    StandardGate(String qasmName, int numParameters, int numQubits, Origin origin) {
        this.qasmName = qasmName;
        this.numParameters = numParameters;
        this.numQubits = numQubits;
        this.origin = origin;
    }

    public String qasmName() {
        return qasmName;
    }

    public int numParameters() {
        return numParameters;
    }

    public int numQubits() {
        return numQubits;
    }

    public Origin origin() {
        return origin;
    }

    /** The gate named {@code name} exactly as written in OpenQASM (case-sensitive). */
    public static Optional<StandardGate> byName(String name) {
        return Optional.ofNullable(BY_NAME.get(name));
    }
}
