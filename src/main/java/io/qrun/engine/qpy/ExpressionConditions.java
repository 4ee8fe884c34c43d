package io.qrun.engine.qpy;

import io.qrun.engine.circuit.Instruction;

/**
 * The classical-expression conditions the circuit model can hold, which compares bits with a
 * constant: a bit ({@code if (c[0])}), a negated bit, a bit or register equal to a constant, a bit
 * not equal to a constant. Anything else (orderings, and/or, arithmetic, standalone variables) is
 * refused with the expression written out. Bits are those of the body the condition sits in.
 */
final class ExpressionConditions {

    private ExpressionConditions() {}

    static Instruction.Condition of(ClassicalExpression e, CircuitBody body, long offset) {
        Instruction.Condition c = convert(e, body, offset);
        if (c == null) {
            throw new QpyException(offset, "the 'if' condition " + ClassicalExpression.describe(e) + " is not supported by "
                    + "Qrun; it runs conditions that compare a clbit or a register with a constant");
        }
        return c;
    }

    private static Instruction.Condition convert(ClassicalExpression e, CircuitBody body, long offset) {
        e = unwrap(e);
        if (e instanceof ClassicalExpression.Var v && v.register() == null) {
            return new Instruction.Condition(new int[] {bit(v, body, offset)}, 1);
        }
        if (e instanceof ClassicalExpression.Unary u && (u.op() == 1 || u.op() == 2)) {
            Instruction.Condition inner = convert(u.operand(), body, offset);
            if (inner != null && inner.clbits().length == 1) {
                return new Instruction.Condition(inner.clbits(), 1 - inner.value());
            }
            return null;
        }
        if (e instanceof ClassicalExpression.Binary b && (b.op() == 6 || b.op() == 7)) {
            ClassicalExpression l = unwrap(b.left());
            ClassicalExpression r = unwrap(b.right());
            if (l instanceof ClassicalExpression.Value) {
                ClassicalExpression t = l;
                l = r;
                r = t;
            }
            if (!(l instanceof ClassicalExpression.Var v) || !(r instanceof ClassicalExpression.Value value)) {
                return null;
            }
            if (v.register() == null) {
                if (value.value() != 0 && value.value() != 1) {
                    return null;
                }
                long target = b.op() == 6 ? value.value() : 1 - value.value();
                return new Instruction.Condition(new int[] {bit(v, body, offset)}, target);
            }
            if (b.op() != 6) {
                return null;
            }
            long[] indices = body.clbitRegisters().get(v.register());
            if (indices == null) {
                throw new QpyException(offset, "the condition reads the register '" + v.register()
                        + "', which the circuit does not have");
            }
            if (indices.length > 63) {
                throw new QpyException(offset, "a condition on the " + indices.length + "-bit register '" + v.register()
                        + "'; Qrun compares registers of at most 63 bits");
            }
            int[] bits = new int[indices.length];
            for (int i = 0; i < bits.length; i++) {
                if (indices[i] < 0) {
                    throw new QpyException(offset, "the condition register '" + v.register() + "' has a bit outside the circuit");
                }
                bits[i] = (int) indices[i];
            }
            return new Instruction.Condition(bits, value.value());
        }
        return null;
    }

    private static ClassicalExpression unwrap(ClassicalExpression e) {
        while (e instanceof ClassicalExpression.Cast c && c.implicit()) {
            e = c.operand();
        }
        return e;
    }

    private static int bit(ClassicalExpression.Var v, CircuitBody body, long offset) {
        if (v.clbit() < 0 || v.clbit() >= body.numClbits()) {
            throw new QpyException(offset, "the condition reads clbit " + v.clbit() + " but the circuit has " + body.numClbits());
        }
        return v.clbit();
    }
}
