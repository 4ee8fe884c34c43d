package io.qrun.engine.qpy;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads one circuit payload of QPY 13 to 17 in the order the format lays it out: header (name,
 * global phase, metadata), registers, standalone variables, annotation namespaces (15+), custom
 * definitions, instructions, the empty calibrations block, the layout. Custom definitions and
 * control-flow blocks are circuit payloads themselves and are read recursively, each level counted
 * against {@link QpyLimits#maxNesting()} before descending.
 */
final class CircuitBodyReader {

    private final int version;
    private final QpyLimits limits;
    private final ValueReader values;
    private long instructionsRead;

    CircuitBodyReader(int version, QpyLimits limits, ParameterSymbols symbols) {
        this.version = version;
        this.limits = limits;
        this.values = new ValueReader(version, new ParameterExpressionReader(symbols, limits), this,
                new ClassicalExpressionReader(limits));
    }

    CircuitBody read(ByteReader in, int depth) {
        long start = in.position();
        if (depth > limits.maxNesting()) {
            throw in.error("custom definitions and control-flow blocks are nested deeper than " + limits.maxNesting()
                    + " (QpyLimits.maxNesting)");
        }
        int nameSize = in.u16("circuit name size");
        char phaseType = in.ascii("global phase type");
        int phaseSize = in.u16("global phase size");
        long qubitsAt = in.position();
        long numQubits = in.u32("number of qubits");
        long numClbits = in.u32("number of clbits");
        long metadataSize = in.u64("metadata size");
        long numRegisters = in.u32("number of registers");
        long numInstructions = in.u64("number of instructions");
        long numVars = in.u32("number of classical variables");
        if (numQubits > limits.maxQubits()) {
            throw new QpyException(qubitsAt, "the circuit has " + numQubits + " qubits, more than the limit of "
                    + limits.maxQubits() + " (QpyLimits.maxQubits)");
        }
        if (numClbits > limits.maxClbits()) {
            throw new QpyException(qubitsAt + 4, "the circuit has " + numClbits + " clbits, more than the limit of "
                    + limits.maxClbits() + " (QpyLimits.maxClbits)");
        }
        in.utf8(nameSize, "circuit name");
        QpyValue phase = values.decode(phaseType, in.slice(phaseSize, "global phase"), false, depth);
        if (!(phase instanceof QpyValue.Number) && !(phase instanceof QpyValue.Symbolic)) {
            throw new QpyException(start + 2, "expected a number or parameter expression as global phase, found "
                    + QpyValue.describe(phase));
        }
        // metadata is user JSON that does not change what the circuit does: skipped, but its length is checked
        in.skip(metadataSize, "circuit metadata");
        Map<String, long[]> clbitRegisters = new LinkedHashMap<>();
        List<String> registerOrder = new ArrayList<>();
        // a register takes at least 9 bytes: a count beyond that is corrupt before any allocation
        in.requireItems(numRegisters, 9, "registers");
        for (long r = 0; r < numRegisters; r++) {
            readRegister(in, (int) numQubits, (int) numClbits, clbitRegisters, registerOrder);
        }
        if (numVars > 0) {
            throw in.error("circuits with classical variables or stretches (" + numVars
                    + " declared) are not supported by Qrun; use classical registers and measurements");
        }
        if (version >= 15) {
            long namespaces = in.u32("number of annotation namespaces");
            for (long i = 0; i < namespaces; i++) {
                long nsSize = in.u32("annotation namespace size");
                long stateSize = in.u64("annotation state size");
                in.skip(nsSize, "annotation namespace");
                in.skip(stateSize, "annotation state");
            }
        }
        Map<String, CircuitBody.CustomOperation> customs = readCustomDefinitions(in, depth);
        in.requireItems(numInstructions, 33, "instructions");
        if (instructionsRead + numInstructions > limits.maxInstructions()) {
            throw in.error("the circuit has more than " + limits.maxInstructions()
                    + " instructions (QpyLimits.maxInstructions)");
        }
        instructionsRead += numInstructions;
        List<CircuitBody.RawInstruction> instructions = new ArrayList<>((int) numInstructions);
        for (long i = 0; i < numInstructions; i++) {
            instructions.add(readInstruction(in, (int) numQubits, (int) numClbits, true, depth));
        }
        long calAt = in.position();
        int calibrations = in.u16("number of calibrations");
        if (calibrations != 0) {
            throw new QpyException(calAt, "the circuit carries " + calibrations
                    + " pulse calibrations; pulse gates are not supported by Qrun");
        }
        boolean hasLayout = readLayout(in);
        return new CircuitBody(start, (int) numQubits, (int) numClbits, phase, clbitRegisters, registerOrder, customs,
                instructions, hasLayout);
    }

    private void readRegister(ByteReader in, int numQubits, int numClbits, Map<String, long[]> clbitRegisters,
            List<String> registerOrder) {
        long at = in.position();
        char type = in.ascii("register type");
        in.u8("register standalone flag");
        long size = in.u32("register size");
        int nameSize = in.u16("register name size");
        boolean inCircuit = in.u8("register in-circuit flag") != 0;
        String name = in.utf8(nameSize, "register name");
        if (type != 'q' && type != 'c') {
            throw new QpyException(at, "expected register type 'q' or 'c', found '" + ParameterExpressionReader.printable(type) + "'");
        }
        in.requireItems(size, 8, "bit indices of register '" + name + "'");
        int bound = type == 'q' ? numQubits : numClbits;
        long[] indices = new long[(int) size];
        for (int i = 0; i < size; i++) {
            long index = in.i64("register bit index");
            if (index < -1 || index >= bound) {
                throw new QpyException(in.position() - 8, "bit " + i + " of register '" + name + "' has index " + index
                        + ", outside the circuit's " + bound + " " + (type == 'q' ? "qubits" : "clbits"));
            }
            indices[i] = index;
        }
        if (type == 'c') {
            if (clbitRegisters.put(name, indices) != null) {
                throw new QpyException(at, "two classical registers are named '" + name + "'");
            }
            if (inCircuit) {
                registerOrder.add(name);
            }
        }
    }

    private Map<String, CircuitBody.CustomOperation> readCustomDefinitions(ByteReader in, int depth) {
        long count = in.u64("number of custom definitions");
        in.requireItems(count, 36, "custom definitions");
        Map<String, CircuitBody.CustomOperation> customs = new HashMap<>();
        for (long i = 0; i < count; i++) {
            long at = in.position();
            int nameSize = in.u16("custom definition name size");
            char type = in.ascii("custom definition type");
            long numQubits = in.u32("custom definition qubits");
            long numClbits = in.u32("custom definition clbits");
            boolean hasDefinition = in.u8("custom definition flag") != 0;
            long size = in.u64("custom definition size");
            long numCtrl = in.u32("custom definition control qubits");
            long ctrlState = in.u32("custom definition control state");
            long baseSize = in.u64("custom definition base gate size");
            String name = in.utf8(nameSize, "custom definition name");
            ByteReader definitionBytes = in.slice(size, "definition of '" + name + "'");
            ByteReader baseBytes = in.slice(baseSize, "base gate of '" + name + "'");
            CircuitBody definition = null;
            if (hasDefinition && type != 'p') {
                definition = read(definitionBytes, depth + 1);
                if (!definitionBytes.atEnd()) {
                    throw definitionBytes.error(definitionBytes.remaining() + " unexpected bytes after the definition of '" + name + "'");
                }
            }
            CircuitBody.RawInstruction base = null;
            if (baseSize > 0 && (type == 'c' || type == 'a')) {
                if (depth + 1 > limits.maxNesting()) {
                    throw baseBytes.error("custom definitions are nested deeper than " + limits.maxNesting()
                            + " (QpyLimits.maxNesting)");
                }
                base = readInstruction(baseBytes, (int) numQubits, (int) numClbits, false, depth + 1);
            }
            if (customs.put(name, new CircuitBody.CustomOperation(at, name, type, (int) Math.min(numQubits, Integer.MAX_VALUE),
                    (int) Math.min(numClbits, Integer.MAX_VALUE), definition, numCtrl, ctrlState, base)) != null) {
                throw new QpyException(at, "two custom definitions are named '" + name + "'");
            }
        }
        return customs;
    }

    /** One {@code INSTRUCTION}; a base gate stored with a custom definition has no bit arguments ({@code readBits} false). */
    private CircuitBody.RawInstruction readInstruction(ByteReader in, int numQubits, int numClbits, boolean readBits, int depth) {
        long at = in.position();
        int nameSize = in.u16("instruction name size");
        int labelSize = in.u16("instruction label size");
        int numParams = in.u16("number of instruction parameters");
        long numQargs = in.u32("number of qubit arguments");
        long numCargs = in.u32("number of clbit arguments");
        int extras = in.u8("instruction extras key");
        int conditionSize = in.u16("condition register size");
        long conditionValue = in.i64("condition value");
        long numCtrl = in.u32("instruction control qubits");
        long ctrlState = in.u32("instruction control state");
        String name = in.utf8(nameSize, "instruction name");
        in.utf8(labelSize, "instruction label");
        int conditionKind = extras & 0b11;
        QpyValue.RegisterRef target = null;
        ClassicalExpression expression = null;
        if (conditionKind == 1) {
            target = values.register(in.slice(conditionSize, "condition register"));
        } else if (conditionKind == 2) {
            long exprAt = in.position();
            QpyValue condition = values.readTyped(in, false, depth);
            if (!(condition instanceof QpyValue.Classical c)) {
                throw new QpyException(exprAt, "expected a classical expression as the condition of '" + name + "', found "
                        + QpyValue.describe(condition));
            }
            expression = c.expression();
        } else if (conditionKind == 3) {
            throw new QpyException(at + 14, "invalid condition type 3 in instruction '" + name + "'");
        }
        int[] qubits = new int[0];
        int[] clbits = new int[0];
        if (readBits) {
            in.requireItems(numQargs + numCargs, 5, "arguments of instruction '" + name + "'");
            qubits = new int[(int) numQargs];
            clbits = new int[(int) numCargs];
            for (int i = 0; i < numQargs; i++) {
                qubits[i] = argument(in, 'q', numQubits, name);
            }
            for (int i = 0; i < numCargs; i++) {
                clbits[i] = argument(in, 'c', numClbits, name);
            }
        }
        in.requireItems(numParams, 9, "parameters of instruction '" + name + "'");
        List<QpyValue> params = new ArrayList<>(numParams);
        for (int i = 0; i < numParams; i++) {
            params.add(values.readTyped(in, version <= 17, depth));
        }
        if ((extras & 0x80) != 0) {
            long annotations = in.u32("number of instruction annotations");
            for (long i = 0; i < annotations; i++) {
                in.u32("annotation namespace index");
                in.skip(in.u64("annotation payload size"), "annotation payload");
            }
        }
        return new CircuitBody.RawInstruction(at, name, qubits, clbits, params, conditionKind, target, expression,
                conditionValue, numCtrl, ctrlState);
    }

    private static int argument(ByteReader in, char expected, int bound, String instruction) {
        long at = in.position();
        char type = in.ascii("argument type");
        long index = in.u32("argument index");
        if (type != expected) {
            throw new QpyException(at, "expected a " + (expected == 'q' ? "qubit" : "clbit") + " argument of '" + instruction
                    + "', found type '" + ParameterExpressionReader.printable(type) + "'");
        }
        if (index >= bound) {
            throw new QpyException(at + 1, "'" + instruction + "' uses " + (expected == 'q' ? "qubit " : "clbit ") + index
                    + " but the circuit has " + bound);
        }
        return (int) index;
    }

    /** The LAYOUT block (its version-10 form); only whether a layout exists matters to Qrun. */
    private boolean readLayout(ByteReader in) {
        boolean exists = in.u8("layout flag") != 0;
        int initialSize = in.i32("initial layout size");
        int inputMappingSize = in.i32("input mapping size");
        int finalSize = in.i32("final layout size");
        long extraRegisters = in.u32("number of layout registers");
        in.i32("input qubit count");
        for (long i = 0; i < extraRegisters; i++) {
            in.ascii("layout register type");
            in.u8("layout register standalone flag");
            long size = in.u32("layout register size");
            int nameSize = in.u16("layout register name size");
            in.u8("layout register in-circuit flag");
            in.skip(nameSize, "layout register name");
            in.skip(size * 8, "layout register bit indices");
        }
        for (int i = 0; i < initialSize; i++) {
            in.i32("initial layout index");
            int nameSize = in.i32("initial layout register name size");
            if (nameSize > 0) {
                in.skip(nameSize, "initial layout register name");
            }
        }
        in.skip(Math.max(0, inputMappingSize) * 4L, "input mapping");
        in.skip(Math.max(0, finalSize) * 4L, "final layout");
        return exists;
    }
}
