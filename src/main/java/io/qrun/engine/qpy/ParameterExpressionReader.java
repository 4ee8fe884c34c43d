package io.qrun.engine.qpy;

import io.qrun.engine.circuit.BinaryOperation;
import io.qrun.engine.circuit.BinaryOperator;
import io.qrun.engine.circuit.Expr;
import io.qrun.engine.circuit.FunctionCall;
import io.qrun.engine.circuit.MathFunction;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;

/**
 * QPY 13+'s own encoding of a {@code ParameterExpression}: a header (symbol count, replay size),
 * the replay (35-byte elements {@code op, lhs_type, lhs[16], rhs_type, rhs[16]}, one per operation
 * that built the expression), then the symbol table mapping UUIDs to parameters. The replay runs
 * on a stack as Qiskit's reader does: an operand of type {@code 'n'} is taken off the stack (the
 * right one first), op 255 marks the start or end of a nested expression and does nothing, every
 * other op pushes its result. Operations the circuit model has no function for (abs, sign,
 * gradient, substitution) are refused by name; conjugation is the identity on real parameters.
 */
final class ParameterExpressionReader {

    private static final int ELEMENT_SIZE = 35;

    private final ParameterSymbols symbols;
    private final QpyLimits limits;

    ParameterExpressionReader(ParameterSymbols symbols, QpyLimits limits) {
        this.symbols = symbols;
        this.limits = limits;
    }

    /** A {@code PARAMETER} struct: u16 name size, 16-byte UUID, name. */
    String readParameter(ByteReader in) {
        long at = in.position();
        int nameSize = in.u16("parameter name size");
        byte[] uuid = in.bytes(16, "parameter UUID");
        String name = in.utf8(nameSize, "parameter name");
        return symbols.define(uuid, name, -1, at);
    }

    /** A {@code PARAMETER_VECTOR_ELEMENT}: u16 name size, u64 vector size, UUID, u64 index, name. */
    String readVectorElement(ByteReader in) {
        long at = in.position();
        int nameSize = in.u16("parameter vector name size");
        long size = in.u64("parameter vector size");
        byte[] uuid = in.bytes(16, "parameter vector element UUID");
        long index = in.u64("parameter vector index");
        String name = in.utf8(nameSize, "parameter vector name");
        if (index >= size) {
            throw new QpyException(at, "element " + index + " of parameter vector '" + name + "' of size " + size);
        }
        return symbols.define(uuid, name, index, at);
    }

    /** A {@code PARAMETER_EXPR} payload (the whole of {@code in}). */
    Expr readExpression(ByteReader in) {
        long symbolCount = in.u64("parameter expression symbol count");
        long replaySize = in.u64("parameter expression size");
        ByteReader replay = in.slice(replaySize, "parameter expression replay");
        if (replaySize % ELEMENT_SIZE != 0) {
            throw replay.error("a parameter expression replay of " + replaySize + " bytes is not a whole number of "
                    + ELEMENT_SIZE + "-byte elements");
        }
        Map<String, String> local = new HashMap<>();
        for (long i = 0; i < symbolCount; i++) {
            readSymbolEntry(in, local);
        }
        if (!in.atEnd()) {
            throw in.error(in.remaining() + " unexpected bytes after the parameter expression's symbol table");
        }
        return replay(replay, local);
    }

    private void readSymbolEntry(ByteReader in, Map<String, String> local) {
        long at = in.position();
        char symbolType = in.ascii("symbol type");
        char valueType = in.ascii("symbol value type");
        long valueSize = in.u64("symbol value size");
        String name;
        if (symbolType == 'p') {
            int nameSize = in.u16("parameter name size");
            byte[] uuid = in.bytes(16, "parameter UUID");
            String base = in.utf8(nameSize, "parameter name");
            name = symbols.define(uuid, base, -1, at);
            local.put(uuidKey(uuid), name);
        } else if (symbolType == 'v') {
            long start = in.position();
            int nameSize = in.u16("parameter vector name size");
            long size = in.u64("parameter vector size");
            byte[] uuid = in.bytes(16, "parameter vector element UUID");
            long index = in.u64("parameter vector index");
            String base = in.utf8(nameSize, "parameter vector name");
            if (index >= size) {
                throw new QpyException(start, "element " + index + " of parameter vector '" + base + "' of size " + size);
            }
            name = symbols.define(uuid, base, index, at);
            local.put(uuidKey(uuid), name);
        } else if (symbolType == 'e') {
            throw new QpyException(at, "parameter expressions built with ParameterExpression.subs are not supported by Qrun; "
                    + "bind or assign the parameters before sending the circuit");
        } else {
            throw new QpyException(at, "expected a symbol type 'p' or 'v' in the parameter expression's symbol table, found '"
                    + printable(symbolType) + "'");
        }
        if (valueType != 'p' && valueType != 'v') {
            throw new QpyException(at, "the symbol '" + name + "' maps to a value of type '" + printable(valueType)
                    + "'; Qrun reads only symbol tables that map parameters to themselves");
        }
        in.skip(valueSize, "symbol value");
    }

    private Expr replay(ByteReader in, Map<String, String> local) {
        Deque<Expr> stack = new ArrayDeque<>();
        Deque<Integer> depths = new ArrayDeque<>();
        while (!in.atEnd()) {
            long at = in.position();
            int op = in.u8("expression op code");
            char lhsType = in.ascii("left operand type");
            byte[] lhs = in.bytes(16, "left operand");
            char rhsType = in.ascii("right operand type");
            byte[] rhs = in.bytes(16, "right operand");
            if (op == 255) {
                continue; // start/end of a nested expression: its elements follow and leave their result on the stack
            }
            if (lhsType == 'u') {
                throw new QpyException(at, "parameter expressions built with ParameterExpression.subs are not supported by Qrun; "
                        + "bind or assign the parameters before sending the circuit");
            }
            Expr result;
            int depth;
            if (op <= 4 || op >= 18 && op <= 20 || op == 13) {
                int[] rd = new int[1];
                int[] ld = new int[1];
                Expr r = operand(rhsType, rhs, stack, depths, local, at, rd);
                Expr l = operand(lhsType, lhs, stack, depths, local, at, ld);
                depth = Math.max(rd[0], ld[0]) + 1;
                result = switch (op) {
                    case 0 -> new BinaryOperation(BinaryOperator.ADD, l, r);
                    case 1 -> new BinaryOperation(BinaryOperator.SUBTRACT, l, r);
                    case 2 -> new BinaryOperation(BinaryOperator.MULTIPLY, l, r);
                    case 3 -> new BinaryOperation(BinaryOperator.DIVIDE, l, r);
                    case 4 -> new BinaryOperation(BinaryOperator.POWER, l, r);
                    case 18 -> new BinaryOperation(BinaryOperator.SUBTRACT, r, l);
                    case 19 -> new BinaryOperation(BinaryOperator.DIVIDE, r, l);
                    case 20 -> new BinaryOperation(BinaryOperator.POWER, r, l);
                    default -> throw new QpyException(at, "parameter expressions with a gradient are not supported by Qrun");
                };
            } else {
                int[] d = new int[1];
                Expr x = operand(lhsType, lhs, stack, depths, local, at, d);
                depth = d[0] + 1;
                result = switch (op) {
                    case 5 -> new FunctionCall(MathFunction.SIN, x);
                    case 6 -> new FunctionCall(MathFunction.COS, x);
                    case 7 -> new FunctionCall(MathFunction.TAN, x);
                    case 8 -> new FunctionCall(MathFunction.ARCSIN, x);
                    case 9 -> new FunctionCall(MathFunction.ARCCOS, x);
                    case 10 -> new FunctionCall(MathFunction.EXP, x);
                    case 11 -> new FunctionCall(MathFunction.LN, x);
                    case 17 -> new FunctionCall(MathFunction.ARCTAN, x);
                    case 14 -> x; // conjugate: parameters are bound to real numbers
                    case 12 -> throw new QpyException(at, "sign() in a parameter expression is not supported by Qrun");
                    case 16 -> throw new QpyException(at, "abs() in a parameter expression is not supported by Qrun");
                    case 15 -> throw new QpyException(at, "parameter expressions built with ParameterExpression.subs are not "
                            + "supported by Qrun; bind or assign the parameters before sending the circuit");
                    default -> throw new QpyException(at, "unknown parameter expression op code " + op);
                };
            }
            if (depth > limits.maxExpressionDepth()) {
                throw new QpyException(at, "the parameter expression is nested deeper than " + limits.maxExpressionDepth()
                        + " (QpyLimits.maxExpressionDepth)");
            }
            stack.push(result);
            depths.push(depth);
        }
        if (stack.size() != 1) {
            throw in.error("a parameter expression replay must leave exactly one expression, it left " + stack.size());
        }
        return stack.pop();
    }

    private Expr operand(char type, byte[] data, Deque<Expr> stack, Deque<Integer> depths, Map<String, String> local,
            long at, int[] depth) {
        switch (type) {
            case 'n':
                if (stack.isEmpty()) {
                    throw new QpyException(at, "malformed parameter expression: an operand refers to an empty stack");
                }
                depth[0] = depths.pop();
                return stack.pop();
            case 'p': {
                String name = local.get(uuidKey(data));
                if (name == null) {
                    throw new QpyException(at, "the parameter expression refers to a parameter UUID missing from its symbol table");
                }
                return new io.qrun.engine.circuit.ParameterRef(name);
            }
            case 'f': {
                double v = Double.longBitsToDouble(upperHalf(data));
                return constant(v);
            }
            case 'i':
                return constant(upperHalf(data));
            case 'c':
                throw new QpyException(at, "complex constants in a parameter expression are not supported by Qrun (gate angles are real)");
            default:
                throw new QpyException(at, "expected an operand type n, p, f or i in a parameter expression, found '"
                        + printable(type) + "'");
        }
    }

    private static Expr constant(double v) {
        return Expr.constant(v);
    }

    /** Numbers sit in the last 8 of the 16 operand bytes, big-endian (the first 8 are zero padding). */
    private static long upperHalf(byte[] data) {
        long v = 0;
        for (int i = 8; i < 16; i++) {
            v = (v << 8) | (data[i] & 0xff);
        }
        return v;
    }

    private static String uuidKey(byte[] uuid) {
        return java.util.HexFormat.of().formatHex(uuid);
    }

    static String printable(char c) {
        return c >= 32 && c < 127 ? String.valueOf(c) : String.format("\\x%02x", (int) c);
    }
}
