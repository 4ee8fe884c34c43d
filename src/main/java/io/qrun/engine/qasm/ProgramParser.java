package io.qrun.engine.qasm;

import io.qrun.engine.circuit.Circuit;
import io.qrun.engine.circuit.Expr;
import io.qrun.engine.circuit.GateDefinition;
import io.qrun.engine.circuit.Instruction;
import io.qrun.engine.circuit.Modifier;
import io.qrun.engine.circuit.ParameterRef;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The statement level of the parser: one instance parses one program. Expressions are delegated to
 * {@link ExpressionParser}, names to {@link RegisterTable} and {@link GateTable}.
 *
 * <p>Statements inside {@code if} blocks are parsed by the same methods as top-level ones;
 * {@code topLevel} tells declarations where they are. Gate bodies have their own small statement
 * loop because their operands are the gate's qubit arguments, not registers.
 */
final class ProgramParser {

    /** The scope of a gate body being parsed: its parameter names and qubit arguments. */
    private record GateScope(String gateName, List<String> parameters, Map<String, Integer> qubits) {}

    private final TokenStream tokens;
    private final ParserLimits limits;
    private final ExpressionParser expressions;
    private final RegisterTable registers;
    private final GateTable gates;
    private final List<String> inputs = new ArrayList<>();
    private final Set<String> inputNames = new HashSet<>();
    private int blockNesting;
    private long instructionCount;

    ProgramParser(String source, ParserLimits limits) {
        this.tokens = new TokenStream(new Lexer(source));
        this.limits = limits;
        this.expressions = new ExpressionParser(tokens, limits);
        this.registers = new RegisterTable(limits);
        this.gates = new GateTable(limits);
    }

    Circuit parseProgram() {
        versionHeader();
        List<Instruction> program = new ArrayList<>();
        while (tokens.peek().kind() != TokenKind.END) {
            statement(program, true);
        }
        return new Circuit(
                registers.numQubits(),
                registers.usesPhysicalQubits(),
                registers.classicalRegisters(),
                registers.numClbits(),
                List.copyOf(inputs),
                gates.definitions(),
                Collections.unmodifiableList(program));
    }

    // ---------------------------------------------------------------- header and dispatch

    private void versionHeader() {
        if (!tokens.peek().isIdentifier("OPENQASM")) {
            return; // OpenQASM 3 makes the version statement optional
        }
        tokens.advance();
        Token version = tokens.peek();
        if (version.kind() != TokenKind.INTEGER && version.kind() != TokenKind.REAL) {
            throw tokens.expected("a version number after OPENQASM (3.0 or 2.0)");
        }
        tokens.advance();
        String text = version.text();
        String major = text.contains(".") ? text.substring(0, text.indexOf('.')) : text;
        // OpenQASM 2 programs are a subset of what is parsed here (qreg, creg, measure ->, qelib1 gates)
        if (!major.equals("2") && !major.equals("3")) {
            throw TokenStream.error(version, "unsupported OpenQASM version " + text + " (Qrun reads 2.0 and 3.x)");
        }
        tokens.expectSymbol(";", "after the OPENQASM version");
    }

    private void statement(List<Instruction> out, boolean topLevel) {
        Token t = tokens.peek();
        if (t.kind() == TokenKind.SYMBOL) {
            symbolStatement(t);
            return;
        }
        if (t.kind() != TokenKind.IDENTIFIER) {
            throw tokens.expected("a statement");
        }
        switch (t.text()) {
            case "OPENQASM":
                throw TokenStream.error(t, "the OPENQASM version statement must be the first statement of the program");
            case "include":
                requireTopLevel(t, topLevel);
                include();
                return;
            case "qubit":
                requireTopLevel(t, topLevel);
                qubitDeclaration();
                return;
            case "qreg":
                requireTopLevel(t, topLevel);
                qregDeclaration();
                return;
            case "bit":
                requireTopLevel(t, topLevel);
                bitDeclaration();
                return;
            case "creg":
                requireTopLevel(t, topLevel);
                cregDeclaration();
                return;
            case "input":
                requireTopLevel(t, topLevel);
                inputDeclaration();
                return;
            case "gate":
                requireTopLevel(t, topLevel);
                gateDefinition();
                return;
            case "measure":
                measureArrow(out);
                return;
            case "reset":
                reset(out);
                return;
            case "barrier":
                barrier(out);
                return;
            case "delay":
                delay(out);
                return;
            case "if":
                ifStatement(out);
                return;
            case "else":
                throw TokenStream.error(t, "'else' without a matching 'if'");
            default:
                break;
        }
        String unsupported = UnsupportedConstructs.describe(t.text());
        if (unsupported != null) {
            throw UnsupportedConstructs.reject(t, unsupported);
        }
        Token next = tokens.peek(1);
        // "name[" starts a measurement into bits, unless name is a gate (then it is a gate duration)
        boolean indexedBits = next.isSymbol("[")
                && (registers.lookup(t.text()) != null || !gates.isKnown(t.text()));
        if (indexedBits || next.isSymbol("=") || isCompoundAssignment(next)) {
            measureAssignment(out);
            return;
        }
        gateCall(out, null);
    }

    private void symbolStatement(Token t) {
        switch (t.text()) {
            case ";":
                tokens.advance(); // an empty statement does nothing
                return;
            case "@":
                throw UnsupportedConstructs.reject(t, "annotations ('@name')");
            case "#":
                throw UnsupportedConstructs.reject(t, "'#pragma' directives");
            case "{":
                throw UnsupportedConstructs.reject(t, "bare blocks ('{ ... }' without 'if')");
            case "}":
                throw TokenStream.error(t, "unexpected '}': there is no open block to close");
            default:
                throw tokens.expected("a statement");
        }
    }

    private static boolean isCompoundAssignment(Token t) {
        if (t.kind() != TokenKind.SYMBOL) {
            return false;
        }
        switch (t.text()) {
            case "+=": case "-=": case "*=": case "/=": case "%=": case "&=": case "|=": case "^=":
            case "++":
                return true;
            default:
                return false;
        }
    }

    private static void requireTopLevel(Token t, boolean topLevel) {
        if (!topLevel) {
            throw TokenStream.error(t, "'" + t.text() + "' is only allowed at the top level of the program, not inside a block");
        }
    }

    private void endStatement(String what) {
        tokens.expectSymbol(";", () -> "after " + what);
    }

    private void endStatement(java.util.function.Supplier<String> what) {
        tokens.expectSymbol(";", () -> "after " + what.get());
    }

    // ---------------------------------------------------------------- declarations

    private void include() {
        tokens.advance();
        Token file = tokens.peek();
        if (file.kind() != TokenKind.STRING) {
            throw tokens.expected("a file name in quotes after include");
        }
        tokens.advance();
        gates.include(file);
        endStatement("the include");
    }

    private void qubitDeclaration() {
        tokens.advance();
        if (tokens.atSymbol("[")) {
            int size = designator("qubit register");
            Token name = tokens.expectIdentifier("a register name after qubit[" + size + "]");
            registers.declareQubits(name, size, false);
            noInitialiser("qubit");
        } else {
            Token name = tokens.expectIdentifier("a qubit name or '[' after qubit");
            registers.declareQubits(name, 1, true);
            noInitialiser("qubit");
        }
    }

    private void qregDeclaration() {
        tokens.advance();
        Token name = tokens.expectIdentifier("a register name after qreg");
        int size = designator("qreg");
        registers.declareQubits(name, size, false);
        endStatement("the qreg declaration");
    }

    private void bitDeclaration() {
        tokens.advance();
        if (tokens.atSymbol("[")) {
            int size = designator("bit register");
            Token name = tokens.expectIdentifier("a register name after bit[" + size + "]");
            registers.declareBits(name, size, false);
        } else {
            Token name = tokens.expectIdentifier("a bit name or '[' after bit");
            registers.declareBits(name, 1, true);
        }
        noInitialiser("bit");
    }

    private void cregDeclaration() {
        tokens.advance();
        Token name = tokens.expectIdentifier("a register name after creg");
        int size = designator("creg");
        registers.declareBits(name, size, false);
        endStatement("the creg declaration");
    }

    private void noInitialiser(String kind) {
        if (tokens.atSymbol("=")) {
            throw UnsupportedConstructs.reject(tokens.peek(), "initialised " + kind + " declarations");
        }
        endStatement("the " + kind + " declaration");
    }

    /** {@code [n]} with n &ge; 1. */
    private int designator(String what) {
        tokens.expectSymbol("[", "before the size of the " + what);
        Token at = tokens.peek();
        int size = tokens.expectInt("the size of the " + what + " (a positive integer)");
        if (size < 1) {
            throw TokenStream.error(at, "the size of a " + what + " must be at least 1, found " + size);
        }
        tokens.expectSymbol("]", "after the size of the " + what);
        return size;
    }

    private void inputDeclaration() {
        tokens.advance();
        Token type = tokens.expectIdentifier("a type after input (float or angle)");
        if (!type.text().equals("float") && !type.text().equals("angle")) {
            throw TokenStream.error(type, "input of type '" + type.text()
                    + "' is not supported by Qrun: parameters are 'input float[64] name;' or 'input angle name;'");
        }
        if (tokens.acceptSymbol("[")) {
            tokens.expectInt("the bit width of the " + type.text());
            tokens.expectSymbol("]", "after the bit width");
        }
        Token name = tokens.expectIdentifier("a parameter name");
        registers.declareName(name, "input parameter");
        if (tokens.atSymbol("=")) {
            throw UnsupportedConstructs.reject(tokens.peek(), "initialised input declarations");
        }
        endStatement("the input declaration");
        inputs.add(name.text());
        inputNames.add(name.text());
    }

    // ---------------------------------------------------------------- gate definitions

    private void gateDefinition() {
        tokens.advance();
        Token name = tokens.expectIdentifier("a gate name after 'gate'");
        gates.checkDefinable(name);
        List<String> parameters = new ArrayList<>();
        if (tokens.acceptSymbol("(")) {
            if (!tokens.atSymbol(")")) {
                do {
                    Token p = tokens.expectIdentifier("a parameter name");
                    if (BuiltinConstants.isConstant(p.text())) {
                        throw TokenStream.error(p, "'" + p.text() + "' is a built-in constant and cannot be a gate parameter");
                    }
                    if (parameters.contains(p.text())) {
                        throw TokenStream.error(p, "parameter '" + p.text() + "' appears twice in gate '" + name.text() + "'");
                    }
                    parameters.add(p.text());
                } while (tokens.acceptSymbol(","));
            }
            tokens.expectSymbol(")", "after the gate parameters");
        }
        Map<String, Integer> qubits = new LinkedHashMap<>();
        do {
            Token q = tokens.expectIdentifier("a qubit argument name for gate '" + name.text() + "'");
            if (qubits.containsKey(q.text()) || parameters.contains(q.text())) {
                throw TokenStream.error(q, "'" + q.text() + "' appears twice in the signature of gate '" + name.text() + "'");
            }
            qubits.put(q.text(), qubits.size());
        } while (tokens.acceptSymbol(","));
        Token open = tokens.expectSymbol("{", "to start the body of gate '" + name.text() + "'");
        GateScope scope = new GateScope(name.text(), List.copyOf(parameters), qubits);
        List<Instruction> body = new ArrayList<>();
        while (!tokens.atSymbol("}")) {
            if (tokens.peek().kind() == TokenKind.END) {
                throw TokenStream.error(open, "unterminated body of gate '" + name.text() + "': this '{' has no closing '}'");
            }
            gateBodyStatement(body, scope);
        }
        tokens.advance();
        List<Instruction.GateCall> calls = new ArrayList<>(body.size());
        long cost = 0;
        for (Instruction i : body) {
            Instruction.GateCall call = (Instruction.GateCall) i;
            calls.add(call);
            cost = gates.addCost(cost, gates.costOf(call.name()));
        }
        gates.define(name, new GateDefinition(name.text(), List.copyOf(parameters), qubits.size(), List.copyOf(calls)),
                cost);
    }

    private void gateBodyStatement(List<Instruction> body, GateScope scope) {
        Token t = tokens.peek();
        if (t.isSymbol(";")) {
            tokens.advance();
            return;
        }
        if (t.kind() != TokenKind.IDENTIFIER) {
            throw tokens.expected("a gate call or '}' in the body of gate '" + scope.gateName() + "'");
        }
        switch (t.text()) {
            case "barrier":
                // a barrier inside a definition only orders the definition's own gates: nothing to keep
                tokens.advance();
                if (!tokens.atSymbol(";")) {
                    do {
                        localQubit(scope);
                    } while (tokens.acceptSymbol(","));
                }
                endStatement("barrier");
                return;
            case "measure": case "reset": case "if": case "delay": case "gate": case "qubit": case "bit":
            case "qreg": case "creg": case "input": case "include":
                throw TokenStream.error(t, "'" + t.text() + "' is not allowed inside a gate definition"
                        + " (a gate body holds only gate calls, gphase and barrier)");
            default:
                String unsupported = UnsupportedConstructs.describe(t.text());
                if (unsupported != null) {
                    throw UnsupportedConstructs.reject(t, unsupported);
                }
                gateCall(body, scope);
        }
    }

    private int localQubit(GateScope scope) {
        Token q = tokens.peek();
        if (q.kind() != TokenKind.IDENTIFIER) {
            throw tokens.expected("a qubit argument of gate '" + scope.gateName() + "'");
        }
        tokens.advance();
        Integer index = scope.qubits().get(q.text());
        if (index == null) {
            throw TokenStream.error(q, "'" + q.text() + "' is not a qubit argument of gate '" + scope.gateName()
                    + "' (its qubits are " + String.join(", ", scope.qubits().keySet()) + ")");
        }
        if (tokens.atSymbol("[")) {
            throw TokenStream.error(tokens.peek(), "qubit arguments of a gate definition cannot be indexed");
        }
        return index;
    }

    // ---------------------------------------------------------------- gate calls

    /**
     * {@code modifiers* name(args) operands;} at the top level ({@code scope == null}: operands are
     * registers and broadcast) or in a gate body (operands are the gate's qubit arguments).
     */
    private void gateCall(List<Instruction> out, GateScope scope) {
        List<Modifier> modifiers = new ArrayList<>();
        int controls = 0;
        NameResolver names = scope == null ? this::resolveInput : id -> resolveGateParameter(id, scope);
        while (isModifierStart()) {
            Token m = tokens.advance();
            if (modifiers.size() >= limits.maxNesting()) {
                throw TokenStream.error(m, "more than " + limits.maxNesting()
                        + " gate modifiers on one gate (ParserLimits.maxNesting)");
            }
            switch (m.text()) {
                case "inv":
                    modifiers.add(new Modifier.Inv());
                    break;
                case "pow": {
                    tokens.expectSymbol("(", "after 'pow' (write pow(k) @)");
                    Expr exponent = expressions.parse(names);
                    tokens.expectSymbol(")", "after the exponent of 'pow'");
                    modifiers.add(new Modifier.Pow(exponent));
                    break;
                }
                default: { // ctrl, negctrl
                    int count = 1;
                    if (tokens.acceptSymbol("(")) {
                        Token at = tokens.peek();
                        count = tokens.expectInt("the number of control qubits");
                        if (count < 1) {
                            throw TokenStream.error(at, "'" + m.text() + "' needs at least 1 control qubit, found " + count);
                        }
                        tokens.expectSymbol(")", "after the number of control qubits");
                    }
                    if ((long) controls + count > limits.maxQubits()) {
                        throw TokenStream.error(m, "more control qubits than the limit of " + limits.maxQubits()
                                + " qubits (ParserLimits.maxQubits)");
                    }
                    controls += count;
                    modifiers.add(new Modifier.Ctrl(count, m.text().equals("negctrl")));
                    break;
                }
            }
            tokens.expectSymbol("@", () -> "after the '" + m.text() + "' modifier");
        }
        Token name = tokens.expectIdentifier(modifiers.isEmpty() ? "a statement" : "a gate name after the modifiers");
        String keyword = UnsupportedConstructs.describe(name.text());
        if (keyword != null || isStatementKeyword(name.text())) {
            throw TokenStream.error(name, "modifiers apply only to gates, not to '" + name.text() + "'");
        }
        GateTable.GateInfo gate = gates.resolve(name, scope == null ? null : scope.gateName());
        List<Expr> arguments = List.of();
        if (tokens.acceptSymbol("(")) {
            List<Expr> args = new ArrayList<>();
            if (!tokens.atSymbol(")")) {
                int found = 0;
                do {
                    Expr arg = expressions.parse(names);
                    if (found++ < gate.numParameters()) {
                        args.add(arg); // extra arguments are only counted, so a hostile list cannot grow memory
                    }
                } while (tokens.acceptSymbol(","));
                if (found != gate.numParameters()) {
                    throw TokenStream.error(name, "gate '" + name.text() + "' expects "
                            + plural(gate.numParameters(), "parameter") + ", found " + found);
                }
            }
            tokens.expectSymbol(")", () -> "after the arguments of gate '" + name.text() + "'");
            arguments = List.copyOf(args);
        }
        if (tokens.atSymbol("[")) {
            throw UnsupportedConstructs.reject(tokens.peek(), "gate durations ('" + name.text() + "[...]')");
        }
        if (arguments.size() != gate.numParameters()) {
            throw TokenStream.error(name, "gate '" + name.text() + "' expects " + plural(gate.numParameters(), "parameter")
                    + ", found " + arguments.size());
        }
        List<Modifier> mods = modifiers.isEmpty() ? List.of() : List.copyOf(modifiers);
        int expectedQubits = controls + gate.numQubits();
        if (scope != null) {
            int[] qubits = bodyOperands(scope, name, expectedQubits, controls);
            requireDistinct(qubits, name, null);
            // a definition runs only when called: its body costs its stored size here, its unrolled size at each call
            count(1, name);
            out.add(new Instruction.GateCall(gate.name(), arguments, qubits, mods, name.line()));
            return;
        }
        OperandList operands = tokens.atSymbol(";") ? OperandList.EMPTY : qubitOperands(expectedQubits);
        endStatement(() -> "the call of gate '" + name.text() + "'");
        if (operands.count() != expectedQubits) {
            throw wrongQubitCount(name, expectedQubits, controls, operands.count());
        }
        broadcast(out, name, gate, arguments, mods, operands.kept());
    }

    /** Operands of a call inside a gate body: the gate's own qubit arguments, never broadcast. */
    private int[] bodyOperands(GateScope scope, Token name, int expected, int controls) {
        int[] qubits = new int[expected];
        int found = 0;
        if (!tokens.atSymbol(";")) {
            do {
                int q = localQubit(scope);
                if (found < expected) {
                    qubits[found] = q; // extra operands are only counted
                }
                found++;
            } while (tokens.acceptSymbol(","));
        }
        endStatement(() -> "the call of gate '" + name.text() + "'");
        if (found != expected) {
            throw wrongQubitCount(name, expected, controls, found);
        }
        return qubits;
    }

    private static QasmException wrongQubitCount(Token name, int expected, int controls, int found) {
        return TokenStream.error(name, "gate '" + name.text() + "' expects " + plural(expected, "qubit")
                + (controls > 0 ? " (" + controls + " from ctrl modifiers)" : "") + ", found " + found);
    }

    private boolean isModifierStart() {
        Token t = tokens.peek();
        if (t.kind() != TokenKind.IDENTIFIER) {
            return false;
        }
        switch (t.text()) {
            case "inv":
            case "ctrl":
            case "negctrl":
                return tokens.peek(1).isSymbol("@") || tokens.peek(1).isSymbol("(");
            case "pow":
                return tokens.peek(1).isSymbol("(");
            default:
                return false;
        }
    }

    private static boolean isStatementKeyword(String word) {
        switch (word) {
            case "measure": case "reset": case "barrier": case "delay": case "if": case "else": case "gate":
            case "qubit": case "bit": case "qreg": case "creg": case "input": case "include":
                return true;
            default:
                return false;
        }
    }

    /**
     * Emits one call per position of the register operands: {@code cx a, b} with two 3-qubit
     * registers is three calls; a single qubit operand is repeated for every position.
     */
    private void broadcast(List<Instruction> out, Token name, GateTable.GateInfo gate, List<Expr> arguments,
                           List<Modifier> modifiers, List<Operand> operands) {
        int width = 1;
        Operand firstRegister = null;
        for (Operand op : operands) {
            if (op.single()) {
                continue;
            }
            if (firstRegister == null) {
                firstRegister = op;
                width = op.size();
            } else if (op.size() != width) {
                throw TokenStream.error(op.at(), "cannot broadcast gate '" + name.text() + "' over registers of different sizes: "
                        + op.at().describe() + " has " + op.size() + " qubits, " + firstRegister.at().describe()
                        + " has " + width);
            }
        }
        for (int k = 0; k < width; k++) {
            int[] qubits = new int[operands.size()];
            for (int i = 0; i < qubits.length; i++) {
                Operand op = operands.get(i);
                qubits[i] = op.single() ? op.indices()[0] : op.indices()[k];
            }
            requireDistinct(qubits, name, registers);
            count(gate.cost(), name);
            out.add(new Instruction.GateCall(gate.name(), arguments, qubits, modifiers, name.line()));
        }
    }

    /** A gate cannot act twice on one qubit (its matrix would not be defined). */
    private static void requireDistinct(int[] qubits, Token name, RegisterTable table) {
        if (qubits.length < 2) {
            return;
        }
        if (qubits.length <= 16) {
            for (int i = 0; i < qubits.length; i++) {
                for (int j = i + 1; j < qubits.length; j++) {
                    if (qubits[i] == qubits[j]) {
                        throw duplicate(qubits[i], name, table);
                    }
                }
            }
            return;
        }
        Set<Integer> seen = new HashSet<>();
        for (int q : qubits) {
            if (!seen.add(q)) {
                throw duplicate(q, name, table);
            }
        }
    }

    private static QasmException duplicate(int qubit, Token name, RegisterTable table) {
        String which = table == null ? "a qubit argument" : table.describeQubit(qubit);
        return TokenStream.error(name, "gate '" + name.text() + "' is applied to " + which
                + " more than once; each operand must be a different qubit");
    }

    private Expr resolveInput(Token id) {
        if (inputNames.contains(id.text())) {
            return new ParameterRef(id.text());
        }
        if (registers.isDeclared(id.text())) {
            throw TokenStream.error(id, "'" + id.text() + "' is not a parameter (" + registers.declaration(id.text()) + ")");
        }
        throw TokenStream.error(id, "unknown identifier '" + id.text()
                + "': declare parameters before use with 'input float[64] " + id.text() + ";'");
    }

    private static Expr resolveGateParameter(Token id, GateScope scope) {
        if (scope.parameters().contains(id.text())) {
            return new ParameterRef(id.text());
        }
        throw TokenStream.error(id, "unknown identifier '" + id.text() + "' in gate '" + scope.gateName()
                + "': a gate body can use only its own parameters"
                + (scope.parameters().isEmpty() ? " (it has none)" : " (" + String.join(", ", scope.parameters()) + ")"));
    }

    // ---------------------------------------------------------------- operands

    /** {@code $n}, {@code q}, {@code q[i]}, {@code q[a:b]}, {@code q[a:s:b]} or {@code q[{i, j}]}. */
    private Operand qubitOperand() {
        Token t = tokens.peek();
        if (t.kind() == TokenKind.PHYSICAL_QUBIT) {
            tokens.advance();
            return new Operand(new int[] {registers.physicalQubit(t)}, true, t);
        }
        if (t.kind() != TokenKind.IDENTIFIER) {
            throw tokens.expected("a qubit operand (like q[0], q or $0)");
        }
        tokens.advance();
        RegisterTable.Register r = registers.lookup(t.text());
        if (r == null || !r.quantum()) {
            throw TokenStream.error(t, r == null
                    ? "unknown qubit register '" + t.text() + "'"
                    : "'" + t.text() + "' is a bit register, not qubits");
        }
        return indexed(r, t);
    }

    private Operand bitOperand() {
        Token t = tokens.peek();
        if (t.kind() != TokenKind.IDENTIFIER) {
            throw tokens.expected("a classical bit operand (like c[0] or c)");
        }
        tokens.advance();
        RegisterTable.Register r = registers.lookup(t.text());
        if (r == null || r.quantum()) {
            throw TokenStream.error(t, r == null
                    ? "unknown bit register '" + t.text() + "'"
                    : "'" + t.text() + "' is a qubit register, not classical bits");
        }
        return indexed(r, t);
    }

    private Operand indexed(RegisterTable.Register r, Token name) {
        if (!tokens.atSymbol("[")) {
            if (r.scalar()) {
                return new Operand(new int[] {r.offset()}, true, name);
            }
            int[] all = new int[r.size()];
            for (int i = 0; i < all.length; i++) {
                all[i] = r.offset() + i;
            }
            return new Operand(all, false, name);
        }
        Token open = tokens.advance();
        if (r.scalar()) {
            throw TokenStream.error(open, "'" + r.name() + "' is a single " + (r.quantum() ? "qubit" : "bit")
                    + " and cannot be indexed");
        }
        if (tokens.acceptSymbol("{")) {
            List<Integer> picked = new ArrayList<>();
            do {
                picked.add(r.offset() + index(r));
                if (picked.size() > r.size()) {
                    throw TokenStream.error(tokens.peek(), "the index set has more elements than register '"
                            + r.name() + "' (" + r.size() + ")");
                }
            } while (tokens.acceptSymbol(","));
            tokens.expectSymbol("}", "to close the index set");
            tokens.expectSymbol("]", "after the index set");
            return new Operand(picked.stream().mapToInt(Integer::intValue).toArray(), false, name);
        }
        int first = index(r);
        if (!tokens.acceptSymbol(":")) {
            tokens.expectSymbol("]", "after the index");
            return new Operand(new int[] {r.offset() + first}, true, name);
        }
        Token secondAt = tokens.peek();
        int second = index(r);
        int step = 1;
        int last = second;
        if (tokens.acceptSymbol(":")) {
            step = second;
            if (step == 0) {
                throw TokenStream.error(secondAt, "the step of a range cannot be 0");
            }
            last = index(r);
        }
        tokens.expectSymbol("]", "after the range");
        if (last < first) {
            throw TokenStream.error(secondAt, "the range " + first + ":" + last + " of '" + r.name() + "' is empty");
        }
        int n = (last - first) / step + 1;
        int[] picked = new int[n];
        for (int i = 0; i < n; i++) {
            picked[i] = r.offset() + first + i * step;
        }
        return new Operand(picked, false, name);
    }

    /** A non-negative index literal inside the register's bounds. */
    private int index(RegisterTable.Register r) {
        Token at = tokens.peek();
        if (at.kind() != TokenKind.INTEGER) {
            throw tokens.expected("an integer index into '" + r.name() + "'");
        }
        tokens.advance();
        long value = TokenStream.integerValue(at);
        if (value >= r.size()) {
            throw TokenStream.error(at, "index " + at.text() + " is out of range for '" + r.name() + "' of size "
                    + r.size() + " (valid: 0.." + (r.size() - 1) + ")");
        }
        return (int) value;
    }

    // ---------------------------------------------------------------- measure, reset, barrier, delay

    /** {@code measure q -> c;} (OpenQASM 2 style, also valid in 3) and the rejected {@code measure q;}. */
    private void measureArrow(List<Instruction> out) {
        Token keyword = tokens.advance();
        Operand qubits = qubitOperand();
        if (tokens.atSymbol(";")) {
            throw UnsupportedConstructs.reject(keyword,
                    "measurements without a target bit (write 'c[0] = measure q[0];')");
        }
        tokens.expectSymbol("->", "after the measured qubits");
        Operand bits = bitOperand();
        endStatement("the measurement");
        pairMeasurements(out, qubits, bits, keyword);
    }

    /** {@code c[0] = measure q[0];} and {@code c = measure q;}. */
    private void measureAssignment(List<Instruction> out) {
        Operand bits = bitOperand();
        Token op = tokens.peek();
        if (!op.isSymbol("=")) {
            throw UnsupportedConstructs.reject(op, "classical assignments ('" + op.text() + "')");
        }
        tokens.advance();
        Token keyword = tokens.peek();
        if (!keyword.isIdentifier("measure")) {
            throw UnsupportedConstructs.reject(keyword, "classical assignments other than '= measure'");
        }
        tokens.advance();
        Operand qubits = qubitOperand();
        endStatement("the measurement");
        pairMeasurements(out, qubits, bits, keyword);
    }

    private void pairMeasurements(List<Instruction> out, Operand qubits, Operand bits, Token keyword) {
        if (qubits.size() != bits.size()) {
            throw TokenStream.error(keyword, "measure needs as many bits as qubits: " + qubits.at().describe() + " has "
                    + plural(qubits.size(), "qubit") + ", " + bits.at().describe() + " has " + plural(bits.size(), "bit"));
        }
        for (int i = 0; i < qubits.size(); i++) {
            count(1, keyword);
            out.add(new Instruction.Measure(qubits.indices()[i], bits.indices()[i], keyword.line()));
        }
    }

    private void reset(List<Instruction> out) {
        Token keyword = tokens.advance();
        OperandList operands = qubitOperands(Integer.MAX_VALUE);
        endStatement("reset");
        for (Operand op : operands.kept()) {
            for (int q : op.indices()) {
                count(1, keyword);
                out.add(new Instruction.Reset(q, keyword.line()));
            }
        }
    }

    private void barrier(List<Instruction> out) {
        Token keyword = tokens.advance();
        int[] qubits = optionalQubitList();
        endStatement("barrier");
        count(1, keyword);
        out.add(new Instruction.Barrier(qubits, keyword.line()));
    }

    private void delay(List<Instruction> out) {
        Token keyword = tokens.advance();
        tokens.expectSymbol("[", "after delay (write delay[100ns] q;)");
        Token duration = tokens.peek();
        if (duration.kind() != TokenKind.DURATION) {
            if (duration.kind() == TokenKind.INTEGER || duration.kind() == TokenKind.REAL) {
                throw TokenStream.error(duration, "the delay " + duration.text()
                        + " needs a time unit: ns, us, µs, ms, s or dt (like delay[100ns])");
            }
            throw UnsupportedConstructs.reject(duration, "delay durations other than a literal like 100ns (expressions, stretch)");
        }
        tokens.advance();
        tokens.expectSymbol("]", "after the delay duration");
        int[] qubits = optionalQubitList();
        endStatement("delay");
        String unit = duration.unit().equals("μs") ? "µs" : duration.unit(); // Greek mu and micro sign alike
        count(1, keyword);
        out.add(new Instruction.Delay(Double.parseDouble(duration.text()), unit, qubits, keyword.line()));
    }

    /** Operands of barrier and delay: a list of distinct qubits, or all qubits when there is none. */
    private int[] optionalQubitList() {
        if (tokens.atSymbol(";")) {
            return registers.allQubitsSoFar();
        }
        Set<Integer> seen = new HashSet<>();
        List<Integer> qubits = new ArrayList<>();
        for (Operand op : qubitOperands(Integer.MAX_VALUE).kept()) {
            for (int q : op.indices()) {
                if (seen.add(q)) {
                    qubits.add(q);
                }
            }
        }
        return qubits.stream().mapToInt(Integer::intValue).toArray();
    }

    /** The first operands of a list (up to what the statement can use) and how many there were. */
    private record OperandList(List<Operand> kept, int count) {
        static final OperandList EMPTY = new OperandList(List.of(), 0);
    }

    /**
     * A comma-separated operand list, keeping at most {@code keep} operands and counting the rest.
     * The qubits the operands reference (a register counts its size) are capped at twice maxQubits
     * per statement, checked operand by operand: a valid statement never needs more, and without
     * the cap {@code reset q, q, q, ...} over a large register would allocate without bound.
     */
    private OperandList qubitOperands(int keep) {
        long cap = 2L * limits.maxQubits();
        long referenced = 0;
        int count = 0;
        List<Operand> operands = new ArrayList<>(Math.min(keep, 16));
        do {
            Operand op = qubitOperand();
            referenced += op.size();
            if (referenced > cap) {
                throw TokenStream.error(op.at(), "this statement references more than " + cap
                        + " qubits (twice ParserLimits.maxQubits); list each qubit once");
            }
            if (count++ < keep) {
                operands.add(op);
            }
        } while (tokens.acceptSymbol(","));
        return new OperandList(operands, count);
    }

    // ---------------------------------------------------------------- if / else

    private void ifStatement(List<Instruction> out) {
        Token keyword = tokens.advance();
        if (++blockNesting > limits.maxNesting()) {
            throw TokenStream.error(keyword, "'if' blocks nested deeper than " + limits.maxNesting()
                    + " levels (ParserLimits.maxNesting)");
        }
        count(1, keyword);
        tokens.expectSymbol("(", "after 'if'");
        ParsedCondition condition = condition();
        rejectCompoundCondition();
        tokens.expectSymbol(")", "after the condition");
        List<Instruction> thenBody = branch();
        List<Instruction> elseBody = List.of();
        if (tokens.peek().isIdentifier("else")) {
            tokens.advance();
            elseBody = branch();
        }
        blockNesting--;
        // "c != v" is "c == v" with the branches swapped: Condition only expresses equality
        out.add(condition.negated()
                ? new Instruction.IfElse(condition.condition(), elseBody, thenBody, keyword.line())
                : new Instruction.IfElse(condition.condition(), thenBody, elseBody, keyword.line()));
    }

    private record ParsedCondition(Instruction.Condition condition, boolean negated) {}

    /**
     * {@code c[0]}, {@code !c[0]}, {@code c[0] == 1}, {@code c == 3}, {@code c != 3}, {@code c}
     * (true when any bit is set), {@code !c}; comparisons with {@code true}/{@code false} too.
     */
    private ParsedCondition condition() {
        boolean not = tokens.acceptSymbol("!");
        Operand bits = bitOperand();
        if (bits.size() > 63) {
            throw TokenStream.error(bits.at(), "conditions on more than 63 bits are not supported ("
                    + bits.at().describe() + " has " + bits.size() + ")");
        }
        Instruction.Condition zero = new Instruction.Condition(bits.indices(), 0);
        if (not) {
            // !c[0] is c[0] == 0; !c is c == 0
            return new ParsedCondition(zero, false);
        }
        Token op = tokens.peek();
        if (!op.isSymbol("==") && !op.isSymbol("!=")) {
            if (bits.single()) {
                return new ParsedCondition(new Instruction.Condition(bits.indices(), 1), false);
            }
            return new ParsedCondition(zero, true); // a register is true when it is not 0
        }
        tokens.advance();
        Token valueToken = tokens.peek();
        long value;
        if (valueToken.isIdentifier("true") || valueToken.isIdentifier("false")) {
            value = valueToken.text().equals("true") ? 1 : 0;
        } else if (valueToken.kind() == TokenKind.INTEGER) {
            value = TokenStream.integerValue(valueToken);
        } else {
            throw tokens.expected("an integer to compare " + bits.at().describe() + " with");
        }
        tokens.advance();
        int width = bits.size();
        if (width < 63 && value >= (1L << width)) { // at 63 bits every non-negative long fits
            throw TokenStream.error(valueToken, "the value " + valueToken.text() + " does not fit in "
                    + bits.at().describe() + " (" + plural(width, "bit") + "), so the condition could never hold");
        }
        return new ParsedCondition(new Instruction.Condition(bits.indices(), value), op.isSymbol("!="));
    }

    /** Qiskit can export conditions Qrun cannot evaluate ({@code c[0] && c[1]}, {@code (c & 3) == 3}): name them. */
    private void rejectCompoundCondition() {
        Token t = tokens.peek();
        if (t.kind() != TokenKind.SYMBOL) {
            return;
        }
        switch (t.text()) {
            case "&&": case "||": case "&": case "|": case "^": case "<": case ">": case "<=": case ">=":
            case "<<": case ">>": case "+": case "-": case "*": case "/": case "%": case "==": case "!=":
                throw UnsupportedConstructs.reject(t, "conditions other than a bit or register compared with an"
                        + " integer ('" + t.text() + "')");
            default:
                break;
        }
    }

    /** A braced block, or a single statement ({@code if (c == 1) x q[0];}, {@code else if ...}). */
    private List<Instruction> branch() {
        List<Instruction> body = new ArrayList<>();
        if (!tokens.atSymbol("{")) {
            if (tokens.peek().kind() == TokenKind.END) {
                throw tokens.expected("a statement or '{' after the condition");
            }
            statement(body, false);
            return body;
        }
        Token open = tokens.advance();
        while (!tokens.atSymbol("}")) {
            if (tokens.peek().kind() == TokenKind.END) {
                throw TokenStream.error(open, "unterminated block: this '{' has no closing '}'");
            }
            statement(body, false);
        }
        tokens.advance();
        return body;
    }

    // ---------------------------------------------------------------- helpers

    /** Counts emitted instructions (gate calls by their unrolled size) against the limit. */
    private void count(long cost, Token at) {
        instructionCount += Math.max(1, cost);
        if (instructionCount > limits.maxInstructions()) {
            throw TokenStream.error(at, "the program has more than " + limits.maxInstructions()
                    + " instructions after broadcasting and unrolling gate definitions (ParserLimits.maxInstructions)");
        }
    }

    private static String plural(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }
}
