package io.qrun.engine.qasm;

import io.qrun.engine.circuit.GateDefinition;
import io.qrun.engine.circuit.StandardGate;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The gates a program can call: the engine's {@link StandardGate}s and the program's own
 * {@code gate} definitions, with the rules for who may replace whom.
 *
 * <p>Definitions can only call gates that exist when they are parsed, so recursion is impossible
 * by construction. A program definition may replace an extra (Qiskit/qelib1) gate, or a stdgates
 * gate when no standard library was included; it may not replace one after it was already used
 * with its built-in meaning, since calls store only the name and would silently change meaning
 * (or even call a later definition).
 *
 * <p>Each definition has an expansion cost: how many primitive gate applications one call unrolls
 * to. Counting it against {@link ParserLimits#maxInstructions()} stops "exponential" programs
 * (each gate calling the previous one twice) before the compiler tries to unroll them.
 */
final class GateTable {

    /** What a call needs to know about its gate. */
    record GateInfo(String name, int numParameters, int numQubits, long cost) {}

    private final long costCap;
    private final Map<String, GateDefinition> definitions = new LinkedHashMap<>();
    private final Map<String, Long> costs = new HashMap<>();
    private final Map<String, Integer> definedOnLine = new HashMap<>();
    /** Standard gates already called with their built-in meaning, with the first use. */
    private final Map<String, Token> builtinUses = new HashMap<>();
    private String includedLibrary;

    GateTable(ParserLimits limits) {
        this.costCap = (long) limits.maxInstructions() + 1;
    }

    void include(Token file) {
        String name = file.text();
        if (!name.equals("stdgates.inc") && !name.equals("qelib1.inc")) {
            throw TokenStream.error(file, "cannot include \"" + name
                    + "\": Qrun provides only \"stdgates.inc\" and \"qelib1.inc\"; put your gate definitions in the program");
        }
        for (String defined : definitions.keySet()) {
            Optional<StandardGate> std = StandardGate.byName(defined);
            if (std.isPresent() && definedBy(name, std.get())) {
                throw TokenStream.error(file, "include \"" + name + "\" defines gate '" + defined
                        + "', which the program already defined on line " + definedOnLine.get(defined));
            }
        }
        includedLibrary = name;
    }

    /** Resolves a called gate name; {@code definingGate} is the definition being parsed, or null. */
    GateInfo resolve(Token name, String definingGate) {
        String text = name.text();
        if (text.equals(definingGate)) {
            throw TokenStream.error(name, "gate '" + text + "' calls itself: recursive gate definitions are not allowed");
        }
        GateDefinition def = definitions.get(text);
        if (def != null) {
            // canonical name strings: a million calls share one String instead of keeping one each
            return new GateInfo(def.name(), def.parameters().size(), def.numQubits(), costs.get(text));
        }
        Optional<StandardGate> std = StandardGate.byName(text);
        if (std.isPresent()) {
            builtinUses.putIfAbsent(text, name);
            StandardGate g = std.get();
            return new GateInfo(g.qasmName(), g.numParameters(), g.numQubits(), 1);
        }
        throw TokenStream.error(name, "unknown gate '" + text + "'"
                + (definingGate != null ? " in the definition of '" + definingGate + "'" : "")
                + ": define it with 'gate " + text + " ... { ... }' before it is used");
    }

    /** Checks that {@code name} may be defined now (before its body is parsed). */
    void checkDefinable(Token name) {
        String text = name.text();
        Integer line = definedOnLine.get(text);
        if (line != null) {
            throw TokenStream.error(name, "gate '" + text + "' is already defined on line " + line);
        }
        Optional<StandardGate> std = StandardGate.byName(text);
        if (std.isPresent()) {
            StandardGate g = std.get();
            if (g.origin() == StandardGate.Origin.BUILTIN) {
                throw TokenStream.error(name, "the built-in gate '" + text + "' cannot be redefined");
            }
            if (definedByIncludedLibrary(g)) {
                throw TokenStream.error(name, "gate '" + text + "' is already defined by \"" + includedLibrary
                        + "\"; rename your gate or do not include the library");
            }
        }
        Token use = builtinUses.get(text);
        if (use != null) {
            throw TokenStream.error(name, "gate '" + text + "' is defined after it was already used as the built-in '"
                    + text + "' on line " + use.line() + "; move the definition before its first use");
        }
    }

    private boolean definedByIncludedLibrary(StandardGate g) {
        return includedLibrary != null && definedBy(includedLibrary, g);
    }

    /**
     * Whether {@code library} defines the stdgates gate {@code g}: stdgates.inc defines all of them;
     * qelib1.inc lacks only stdgates.inc's aliases {@code phase} and {@code cphase} ({@code CX} is
     * built into OpenQASM 2, so it counts as defined).
     */
    private static boolean definedBy(String library, StandardGate g) {
        if (g.origin() != StandardGate.Origin.STDGATES) {
            return false;
        }
        return library.equals("stdgates.inc") || (g != StandardGate.PHASE && g != StandardGate.CPHASE);
    }

    void define(Token name, GateDefinition definition, long cost) {
        definitions.put(name.text(), definition);
        costs.put(name.text(), Math.min(cost, costCap));
        definedOnLine.put(name.text(), name.line());
    }

    /** Whether a call of {@code name} would resolve (a definition or a standard gate). */
    boolean isKnown(String name) {
        return definitions.containsKey(name) || StandardGate.byName(name).isPresent();
    }

    /** The unrolled size of one call of a gate already resolved: its definition's cost, or 1. */
    long costOf(String name) {
        Long cost = costs.get(name);
        return cost == null ? 1 : cost;
    }

    /** Adds two costs without overflowing: anything above the cap is over the limit anyway. */
    long addCost(long a, long b) {
        return Math.min(costCap, a + b);
    }

    Map<String, GateDefinition> definitions() {
        return Collections.unmodifiableMap(new LinkedHashMap<>(definitions));
    }
}
