package io.qrun.engine.compile;

import io.qrun.engine.circuit.Circuit;
import io.qrun.engine.circuit.ClassicalRegister;
import io.qrun.engine.circuit.Expr;
import io.qrun.engine.circuit.GateDefinition;
import io.qrun.engine.circuit.Instruction;
import io.qrun.engine.circuit.Modifier;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.ToDoubleFunction;

/** Test-only builders of parsed circuits (the parser is written in parallel). */
final class Circuits {

    private Circuits() {}

    static Instruction.GateCall g(String name, int... qubits) {
        return new Instruction.GateCall(name, List.of(), qubits, List.of(), 1);
    }

    static Instruction.GateCall g(String name, double[] params, int... qubits) {
        List<Expr> args = new ArrayList<>();
        for (double p : params) {
            args.add(Expr.constant(p));
        }
        return new Instruction.GateCall(name, args, qubits, List.of(), 1);
    }

    static Instruction.GateCall g(String name, List<Expr> args, List<Modifier> modifiers, int... qubits) {
        return new Instruction.GateCall(name, args, qubits, modifiers, 1);
    }

    static double[] p(double... values) {
        return values;
    }

    /** A parameter reference expression: reads {@code name} from the scope. */
    static Expr param(String name) {
        return new Expr() {
            @Override
            public double evaluate(ToDoubleFunction<String> parameters) {
                return parameters.applyAsDouble(name);
            }

            @Override
            public Set<String> parameters() {
                return Set.of(name);
            }
        };
    }

    /** {@code factor * name}. */
    static Expr times(double factor, String name) {
        return new Expr() {
            @Override
            public double evaluate(ToDoubleFunction<String> parameters) {
                return factor * parameters.applyAsDouble(name);
            }

            @Override
            public Set<String> parameters() {
                return Set.of(name);
            }
        };
    }

    static Circuit circuit(int numQubits, int numClbits, List<String> parameters, Map<String, GateDefinition> defs,
            Instruction... instructions) {
        List<ClassicalRegister> regs = numClbits == 0 ? List.of() : List.of(new ClassicalRegister("c", numClbits, 0));
        return new Circuit(numQubits, false, regs, numClbits, parameters, defs, Arrays.asList(instructions));
    }

    static Circuit circuit(int numQubits, Instruction... instructions) {
        return circuit(numQubits, 0, List.of(), Map.of(), instructions);
    }

    static Circuit circuit(int numQubits, int numClbits, Instruction... instructions) {
        return circuit(numQubits, numClbits, List.of(), Map.of(), instructions);
    }

    static Map<String, GateDefinition> defs(GateDefinition... definitions) {
        Map<String, GateDefinition> m = new HashMap<>();
        for (GateDefinition d : definitions) {
            m.put(d.name(), d);
        }
        return m;
    }

    static Instruction.Measure measure(int qubit, int clbit) {
        return new Instruction.Measure(qubit, clbit, 1);
    }
}
