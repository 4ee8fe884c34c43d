package io.qrun.engine.qpy;

/**
 * Reads an {@code EXPRESSION} (QPY 9+, with the Float/Duration/Stretch additions of 14): each node
 * is a type code, an {@code EXPR_TYPE} and a code-specific payload, followed by its children.
 * Recursion is bounded by {@link QpyLimits#maxExpressionDepth()}.
 */
final class ClassicalExpressionReader {

    private final QpyLimits limits;

    ClassicalExpressionReader(QpyLimits limits) {
        this.limits = limits;
    }

    ClassicalExpression read(ByteReader in, int depth) {
        long at = in.position();
        if (depth > limits.maxExpressionDepth()) {
            throw new QpyException(at, "the classical expression is nested deeper than " + limits.maxExpressionDepth()
                    + " (QpyLimits.maxExpressionDepth)");
        }
        char code = in.ascii("classical expression type code");
        String type = type(in);
        switch (code) {
            case 'x': {
                char var = in.ascii("classical variable kind");
                if (var == 'C') {
                    long index = in.u32("clbit index");
                    return new ClassicalExpression.Var((int) Math.min(index, Integer.MAX_VALUE), null);
                }
                if (var == 'R') {
                    int size = in.u16("register name size");
                    return new ClassicalExpression.Var(-1, in.utf8(size, "register name"));
                }
                if (var == 'U') {
                    in.u16("standalone variable index");
                    return new ClassicalExpression.Other("a standalone classical variable");
                }
                throw new QpyException(at + 1, "unknown classical variable kind '" + ParameterExpressionReader.printable(var) + "'");
            }
            case 's':
                in.u16("stretch index");
                return new ClassicalExpression.Other("a stretch");
            case 'v': {
                char kind = in.ascii("classical value kind");
                switch (kind) {
                    case 'b':
                        return new ClassicalExpression.Value(in.u8("boolean value") != 0 ? 1 : 0, true);
                    case 'i': {
                        int n = in.u8("integer value size");
                        byte[] bytes = in.bytes(n, "integer value");
                        if (n > 8) {
                            throw new QpyException(at, "an integer literal of " + n + " bytes in a classical expression");
                        }
                        long v = n > 0 && bytes[0] < 0 ? -1 : 0;
                        for (byte b : bytes) {
                            v = (v << 8) | (b & 0xff);
                        }
                        return new ClassicalExpression.Value(v, false);
                    }
                    case 'f':
                        in.f64("float value");
                        return new ClassicalExpression.Other("a float literal");
                    case 't':
                        skipDuration(in);
                        return new ClassicalExpression.Other("a duration literal");
                    default:
                        throw new QpyException(at + 1, "unknown classical value kind '" + ParameterExpressionReader.printable(kind) + "'");
                }
            }
            case 'c': {
                boolean implicit = in.u8("cast implicit flag") != 0;
                ClassicalExpression operand = read(in, depth + 1);
                return type.equals("b") || type.startsWith("u") ? new ClassicalExpression.Cast(operand, implicit)
                        : new ClassicalExpression.Other("a cast to " + type);
            }
            case 'u': {
                int op = in.u8("unary op");
                return new ClassicalExpression.Unary(op, read(in, depth + 1));
            }
            case 'b': {
                int op = in.u8("binary op");
                ClassicalExpression left = read(in, depth + 1);
                ClassicalExpression right = read(in, depth + 1);
                return new ClassicalExpression.Binary(op, left, right);
            }
            case 'i': {
                read(in, depth + 1);
                read(in, depth + 1);
                return new ClassicalExpression.Other("an index into a register");
            }
            default:
                throw new QpyException(at, "unknown classical expression type code '" + ParameterExpressionReader.printable(code) + "'");
        }
    }

    /** An {@code EXPR_TYPE}: 'b' bool, 'u' + u32 width, 'f' float, 'd' duration. */
    private static String type(ByteReader in) {
        long at = in.position();
        char t = in.ascii("classical type");
        switch (t) {
            case 'b':
            case 'f':
            case 'd':
                return String.valueOf(t);
            case 'u':
                return "u" + in.u32("uint width");
            default:
                throw new QpyException(at, "unknown classical type '" + ParameterExpressionReader.printable(t) + "'");
        }
    }

    private static void skipDuration(ByteReader in) {
        long at = in.position();
        char unit = in.ascii("duration unit");
        if ("tpnums".indexOf(unit) < 0) {
            throw new QpyException(at, "unknown duration unit '" + ParameterExpressionReader.printable(unit) + "'");
        }
        in.skip(8, "duration value");
    }
}
