package io.qrun.engine.compile;

import io.qrun.engine.circuit.Circuit;
import io.qrun.engine.circuit.Instruction;
import io.qrun.engine.sim.Op;
import io.qrun.engine.sim.Program;
import io.qrun.engine.sim.TooManyQubitsException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.ToDoubleFunction;

/**
 * Compiles a parsed {@link Circuit} and one parameter set into the simulator's {@link Program}:
 * binds parameters, expands gates (definitions and modifiers, see {@link GateExpander}), keeps only
 * the qubits the circuit touches, adds the backend's noise, folds gates for zero-noise
 * extrapolation, fuses unitaries and models the shot's duration on the QPU.
 *
 * <p>Thread-safe: each {@link #compile} call works on its own state.
 */
public final class CircuitCompiler {

    private final CompileOptions options;
    private final CalibrationIndex timing;

    public CircuitCompiler(CompileOptions options) {
        this.options = Objects.requireNonNull(options, "options");
        this.timing = new CalibrationIndex(options.timingCalibration());
    }

    /**
     * Compiles {@code circuit} with {@code values} for its parameters, in {@code circuit.parameters()} order.
     *
     * @throws IllegalArgumentException when the number of values is wrong
     * @throws CompileException when a gate cannot be expanded (message with the source line)
     * @throws TooManyQubitsException when the circuit touches more than {@code maxQubits} qubits
     */
    public CompiledCircuit compile(Circuit circuit, double[] values) {
        Objects.requireNonNull(circuit, "circuit");
        Objects.requireNonNull(values, "values");
        List<String> names = circuit.parameters();
        if (values.length != names.size()) {
            throw new IllegalArgumentException("The circuit has " + names.size() + " parameter(s) " + names + " but "
                    + values.length + " value(s) were given; give one value per parameter, in that order");
        }
        Map<String, Double> bindings = new HashMap<>();
        for (int i = 0; i < values.length; i++) {
            bindings.put(names.get(i), values[i]);
        }
        int[] circuitQubits = touchedQubits(circuit.instructions());
        // Checked before anything is expanded or allocated.
        if (circuitQubits.length > options.maxQubits()) {
            throw new TooManyQubitsException(circuitQubits.length, options.maxQubits());
        }
        Lowering lowering = new Lowering(circuit, bindings, circuitQubits);
        List<Op> ops = lowering.finish(lowering.lower(circuit.instructions()));
        Program program = new Program(circuitQubits.length, circuit.numClbits(), List.copyOf(ops), isDynamic(ops));
        return new CompiledCircuit(program, circuitQubits, lowering.schedule.duration());
    }

    /** The qubits that gates, measurements and resets use (barriers and delays alone do not count), ascending. */
    static int[] touchedQubits(List<Instruction> instructions) {
        Set<Integer> touched = new TreeSet<>();
        collectTouched(instructions, touched);
        return touched.stream().mapToInt(Integer::intValue).toArray();
    }

    private static void collectTouched(List<Instruction> instructions, Set<Integer> touched) {
        for (Instruction ins : instructions) {
            if (ins instanceof Instruction.GateCall g) {
                for (int q : g.qubits()) {
                    touched.add(q);
                }
            } else if (ins instanceof Instruction.Measure m) {
                touched.add(m.qubit());
            } else if (ins instanceof Instruction.Reset r) {
                touched.add(r.qubit());
            } else if (ins instanceof Instruction.IfElse ie) {
                collectTouched(ie.thenBody(), touched);
                collectTouched(ie.elseBody(), touched);
            }
        }
    }

    /**
     * One state cannot serve every shot when a measurement is followed by an op on its qubit, or
     * there is a reset, a conditional or a noise op. (Any reset counts: the fast path samples a
     * single final state and has no meaning for a reset.)
     */
    static boolean isDynamic(List<Op> ops) {
        Set<Integer> measured = new HashSet<>();
        for (Op op : ops) {
            if (op instanceof Op.Conditional || op instanceof Op.Reset || op instanceof Op.Depolarizing
                    || op instanceof Op.ThermalRelaxation) {
                return true;
            }
            if (op instanceof Op.GlobalPhase) {
                continue;
            }
            for (int q : OpLists.qubitsOf(op)) {
                if (measured.contains(q)) {
                    return true;
                }
            }
            if (op instanceof Op.Measure m) {
                measured.add(m.qubit());
            }
        }
        return false;
    }

    /** The per-compile state: bindings, qubit map, expander, schedule. */
    private final class Lowering {
        private final Circuit circuit;
        private final ToDoubleFunction<String> scope;
        /** The compacted circuit qubits, ascending: program qubit i is circuitQubits[i]. */
        private final int[] circuitQubits;
        private final GateExpander expander;
        private final DurationSchedule schedule = new DurationSchedule();
        private final NoiseModel noise = options.noise();

        Lowering(Circuit circuit, Map<String, Double> bindings, int[] circuitQubits) {
            this.circuit = circuit;
            this.scope = name -> {
                Double v = bindings.get(name);
                if (v == null) {
                    throw new CompileException("unknown parameter '" + name + "'; the circuit's input parameters are "
                            + circuit.parameters());
                }
                return v;
            };
            // Looked up by binary search: physical indices can be large ($126) while few are used.
            this.circuitQubits = circuitQubits;
            expander = new GateExpander(circuit.definitions(), options.maxOperations());
        }

        List<Op> finish(List<Fuser.Item> items) {
            if (options.fuse()) {
                return new Fuser(options.maxFusedQubits()).fuse(items);
            }
            List<Op> ops = new ArrayList<>(items.size());
            for (Fuser.Item item : items) {
                if (item instanceof Fuser.OpItem o) {
                    ops.add(o.op());
                }
            }
            return ops;
        }

        List<Fuser.Item> lower(List<Instruction> instructions) {
            List<Fuser.Item> items = new ArrayList<>();
            for (Instruction ins : instructions) {
                lowerOne(ins, items);
            }
            return items;
        }

        private void lowerOne(Instruction ins, List<Fuser.Item> items) {
            if (ins instanceof Instruction.GateCall call) {
                lowerGate(call, items);
            } else if (ins instanceof Instruction.Measure m) {
                requireClbit(m.clbit(), m.line());
                int q = program(m.qubit(), m.line());
                items.add(new Fuser.OpItem(noise == null ? new Op.Measure(q, m.clbit(), 0, 0)
                        : noise.measure(m.qubit(), q, m.clbit())));
                schedule.measure(m.qubit(), m.clbit(), timing.readoutLength(m.qubit()));
            } else if (ins instanceof Instruction.Reset r) {
                items.add(new Fuser.OpItem(new Op.Reset(program(r.qubit(), r.line()))));
                // a reset is a measurement and a conditional flip: modelled as one readout
                schedule.occupy(new int[] {r.qubit()}, timing.readoutLength(r.qubit()));
            } else if (ins instanceof Instruction.Barrier b) {
                items.add(new Fuser.BarrierItem(touchedProgramQubits(b.qubits())));
                schedule.barrier(b.qubits());
            } else if (ins instanceof Instruction.Delay d) {
                double seconds = delaySeconds(d);
                schedule.delay(d.qubits(), seconds);
                if (noise != null) {
                    for (int q : d.qubits()) {
                        int p = Arrays.binarySearch(circuitQubits, q);
                        if (p >= 0) {
                            noise.relaxation(new int[] {q}, new int[] {p}, seconds)
                                    .forEach(op -> items.add(new Fuser.OpItem(op)));
                        }
                    }
                }
            } else if (ins instanceof Instruction.IfElse ie) {
                int[] bits = ie.condition().clbits();
                for (int c : bits) {
                    requireClbit(c, ie.line());
                }
                List<List<Op>> bodies = new ArrayList<>();
                schedule.branch(bits, () -> bodies.add(finish(lower(ie.thenBody()))),
                        () -> bodies.add(finish(lower(ie.elseBody()))));
                items.add(new Fuser.OpItem(new Op.Conditional(bits.clone(), ie.condition().value(),
                        List.copyOf(bodies.get(0)), List.copyOf(bodies.get(1)))));
            }
        }

        /** G, then (G^dagger G) repeated (fold - 1) / 2 times, each application followed by its noise. */
        private void lowerGate(Instruction.GateCall call, List<Fuser.Item> items) {
            int[] physical = call.qubits();
            int[] prog = new int[physical.length];
            for (int i = 0; i < physical.length; i++) {
                prog[i] = program(physical[i], call.line());
            }
            List<Op> gate = OpLists.remapAll(expander.expand(call, scope), prog);
            double length = timing.gateLength(call.name(), physical);
            List<Op> noiseOps = noise == null ? List.of() : noise.afterGate(call.name(), physical, prog, length);
            int fold = options.foldFactor();
            List<Op> inverse = fold > 1 ? expander.inverse(gate, call) : List.of();
            expander.charge((long) fold * (gate.size() + noiseOps.size()), call);
            for (int i = 0; i < fold; i++) {
                for (Op op : (i % 2 == 1 ? inverse : gate)) {
                    items.add(new Fuser.OpItem(op));
                }
                for (Op op : noiseOps) {
                    items.add(new Fuser.OpItem(op));
                }
            }
            schedule.occupy(physical, length * fold);
        }

        private int program(int circuitQubit, int line) {
            int p = Arrays.binarySearch(circuitQubits, circuitQubit);
            if (p < 0) {
                throw new CompileException("line " + line + ": qubit " + circuitQubit + " is not a qubit of the circuit");
            }
            return p;
        }

        private int[] touchedProgramQubits(int[] circuitQubits) {
            return Arrays.stream(circuitQubits)
                    .map(q -> Arrays.binarySearch(this.circuitQubits, q))
                    .filter(p -> p >= 0)
                    .toArray();
        }

        private void requireClbit(int clbit, int line) {
            if (clbit < 0 || clbit >= circuit.numClbits()) {
                throw new CompileException("line " + line + ": bit " + clbit + " does not exist; the circuit has "
                        + circuit.numClbits() + " classical bit(s)");
            }
        }

        private double delaySeconds(Instruction.Delay d) {
            if (!(d.duration() >= 0) || Double.isInfinite(d.duration())) {
                throw new CompileException("line " + d.line() + ": delay duration must be a finite number >= 0, got "
                        + d.duration());
            }
            switch (d.unit()) {
                case "ns":
                    return d.duration() * 1e-9;
                case "us":
                case "µs":
                    return d.duration() * 1e-6;
                case "ms":
                    return d.duration() * 1e-3;
                case "s":
                    return d.duration();
                case "dt":
                    if (options.dtSeconds() == 0) {
                        throw new CompileException("line " + d.line() + ": delay in dt needs the backend's dt and this"
                                + " backend has none; give the delay in ns, us, ms or s");
                    }
                    return d.duration() * options.dtSeconds();
                default:
                    throw new CompileException("line " + d.line() + ": unknown delay unit '" + d.unit()
                            + "'; use ns, us, µs, ms, s or dt");
            }
        }
    }
}
