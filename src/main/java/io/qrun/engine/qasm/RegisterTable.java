package io.qrun.engine.qasm;

import io.qrun.engine.circuit.ClassicalRegister;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The program's quantum and classical registers and its other global names. Flattens qubits and
 * bits in declaration order, checks size limits before anything is allocated, and keeps declared
 * qubits and physical qubits ({@code $n}) from being mixed.
 */
final class RegisterTable {

    /** A declared register; {@code scalar} for {@code qubit q;} / {@code bit c;} (one element, not indexable). */
    record Register(String name, int offset, int size, boolean scalar, boolean quantum, int line) {}

    private final ParserLimits limits;
    private final Map<String, Register> registers = new HashMap<>();
    /** Every global name (registers and inputs) with what declared it, for duplicate messages. */
    private final Map<String, String> declared = new HashMap<>();
    private final List<Register> quantumOrder = new ArrayList<>();
    private final List<ClassicalRegister> classical = new ArrayList<>();
    private int numQubits;
    private int numClbits;
    private Token firstPhysical;
    private int maxPhysical = -1;

    RegisterTable(ParserLimits limits) {
        this.limits = limits;
    }

    /** Claims a global name, failing if something already has it. */
    void declareName(Token name, String what) {
        if (BuiltinConstants.isConstant(name.text())) {
            throw TokenStream.error(name, "'" + name.text() + "' is a built-in constant and cannot be declared");
        }
        String previous = declared.putIfAbsent(name.text(), what + " declared on line " + name.line());
        if (previous != null) {
            throw TokenStream.error(name, "'" + name.text() + "' is already declared (" + previous + ")");
        }
    }

    void declareQubits(Token name, int size, boolean scalar) {
        if (firstPhysical != null) {
            throw TokenStream.error(name, "cannot declare qubit register '" + name.text()
                    + "': the program already uses physical qubits (" + firstPhysical.describe() + " on line "
                    + firstPhysical.line() + "); use either declared qubits or physical qubits $n, not both");
        }
        if ((long) numQubits + size > limits.maxQubits()) {
            throw TokenStream.error(name, "declaring " + size + " qubits for '" + name.text() + "' makes "
                    + ((long) numQubits + size) + " qubits, more than the limit of " + limits.maxQubits()
                    + " (ParserLimits.maxQubits)");
        }
        declareName(name, "qubit register");
        Register r = new Register(name.text(), numQubits, size, scalar, true, name.line());
        registers.put(r.name(), r);
        quantumOrder.add(r);
        numQubits += size;
    }

    void declareBits(Token name, int size, boolean scalar) {
        if ((long) numClbits + size > limits.maxClbits()) {
            throw TokenStream.error(name, "declaring " + size + " bits for '" + name.text() + "' makes "
                    + ((long) numClbits + size) + " classical bits, more than the limit of " + limits.maxClbits()
                    + " (ParserLimits.maxClbits)");
        }
        declareName(name, "bit register");
        Register r = new Register(name.text(), numClbits, size, scalar, false, name.line());
        registers.put(r.name(), r);
        classical.add(new ClassicalRegister(r.name(), size, numClbits));
        numClbits += size;
    }

    /** The index of physical qubit {@code $n}. */
    int physicalQubit(Token t) {
        if (!quantumOrder.isEmpty()) {
            Register first = quantumOrder.get(0);
            throw TokenStream.error(t, "physical qubit " + t.describe() + " cannot be mixed with declared qubits ('"
                    + first.name() + "' is declared on line " + first.line()
                    + "); use either declared qubits or physical qubits $n, not both");
        }
        long n;
        try {
            n = Long.parseLong(t.text());
        } catch (NumberFormatException e) {
            n = Long.MAX_VALUE;
        }
        if (n >= limits.maxQubits()) {
            throw TokenStream.error(t, "physical qubit " + t.describe() + " is beyond the limit of "
                    + limits.maxQubits() + " qubits (ParserLimits.maxQubits)");
        }
        if (firstPhysical == null) {
            firstPhysical = t;
        }
        maxPhysical = Math.max(maxPhysical, (int) n);
        return (int) n;
    }

    /** The register called {@code name}, or null. */
    Register lookup(String name) {
        return registers.get(name);
    }

    boolean isDeclared(String name) {
        return declared.containsKey(name);
    }

    String declaration(String name) {
        return declared.get(name);
    }

    /**
     * The qubits that exist so far: all declared ones, or physical qubits 0..highest used. Used by
     * {@code barrier;} and {@code delay[...];} without operands; qubits declared or first used later
     * have no earlier operations, so leaving them out changes nothing.
     */
    int[] allQubitsSoFar() {
        int n = usesPhysicalQubits() ? maxPhysical + 1 : numQubits;
        int[] all = new int[n];
        for (int i = 0; i < n; i++) {
            all[i] = i;
        }
        return all;
    }

    /** How a flat qubit index reads in the source, for messages: {@code q[3]} or {@code $3}. */
    String describeQubit(int index) {
        if (usesPhysicalQubits()) {
            return "$" + index;
        }
        for (Register r : quantumOrder) {
            if (index >= r.offset() && index < r.offset() + r.size()) {
                return r.scalar() ? r.name() : r.name() + "[" + (index - r.offset()) + "]";
            }
        }
        return "qubit " + index;
    }

    boolean usesPhysicalQubits() {
        return firstPhysical != null;
    }

    int numQubits() {
        return usesPhysicalQubits() ? maxPhysical + 1 : numQubits;
    }

    int numClbits() {
        return numClbits;
    }

    List<ClassicalRegister> classicalRegisters() {
        return List.copyOf(classical);
    }
}
