package io.qrun.engine.qasm;

import io.qrun.engine.circuit.BinaryOperation;
import io.qrun.engine.circuit.BinaryOperator;
import io.qrun.engine.circuit.Expr;
import io.qrun.engine.circuit.FunctionCall;
import io.qrun.engine.circuit.MathFunction;
import io.qrun.engine.circuit.Negation;
import java.util.Optional;

/**
 * Recursive-descent parser for real-valued gate arguments, with OpenQASM 3 precedence:
 * {@code + -} &lt; {@code * /} &lt; unary minus &lt; {@code **} (right-associative), so
 * {@code -2**2} is -4. Constant subtrees are folded (the same double operations evaluation would do),
 * which keeps {@code pi/2} a single constant.
 *
 * <p>Recursion happens only through parentheses, function calls, unary signs and {@code **}; each
 * counts against {@link ParserLimits#maxNesting()} before descending, so hostile input cannot
 * overflow the stack. Operator chains are parsed by loops but still make deep trees, so the depth
 * of the resulting tree is bounded by {@link ParserLimits#maxExpressionDepth()}.
 */
final class ExpressionParser {

    /** An expression with the depth of its tree. */
    private record Node(Expr expr, int depth) {}

    private final TokenStream tokens;
    private final ParserLimits limits;
    private int nesting;

    ExpressionParser(TokenStream tokens, ParserLimits limits) {
        this.tokens = tokens;
        this.limits = limits;
    }

    /** Parses one expression; identifiers other than built-in constants go to {@code names}. */
    Expr parse(NameResolver names) {
        nesting = 0;
        return additive(names).expr();
    }

    private Node additive(NameResolver names) {
        Node left = multiplicative(names);
        while (true) {
            BinaryOperator op;
            if (tokens.atSymbol("+")) {
                op = BinaryOperator.ADD;
            } else if (tokens.atSymbol("-")) {
                op = BinaryOperator.SUBTRACT;
            } else {
                return left;
            }
            Token at = tokens.advance();
            left = combine(at, op, left, multiplicative(names));
        }
    }

    private Node multiplicative(NameResolver names) {
        Node left = unary(names);
        while (true) {
            BinaryOperator op;
            if (tokens.atSymbol("*")) {
                op = BinaryOperator.MULTIPLY;
            } else if (tokens.atSymbol("/")) {
                op = BinaryOperator.DIVIDE;
            } else if (tokens.atSymbol("%")) {
                throw TokenStream.error(tokens.peek(), "the operator '%' is not supported in gate arguments");
            } else {
                return left;
            }
            Token at = tokens.advance();
            left = combine(at, op, left, unary(names));
        }
    }

    private Node unary(NameResolver names) {
        Token t = tokens.peek();
        if (t.isSymbol("-") || t.isSymbol("+")) {
            tokens.advance();
            enter(t);
            Node operand = unary(names);
            nesting--;
            if (t.isSymbol("+")) {
                return operand;
            }
            Expr e = operand.expr() instanceof Expr.Constant c
                    ? Expr.constant(-c.value())
                    : new Negation(operand.expr());
            return node(t, e, operand.depth() + 1);
        }
        return power(names);
    }

    private Node power(NameResolver names) {
        Node base = primary(names);
        if (tokens.atSymbol("**")) {
            Token at = tokens.advance();
            enter(at);
            // right operand is a unary expression: 2**-1 is allowed, and 2**3**2 = 2**(3**2)
            Node exponent = unary(names);
            nesting--;
            return combine(at, BinaryOperator.POWER, base, exponent);
        }
        return base;
    }

    private Node primary(NameResolver names) {
        Token t = tokens.peek();
        switch (t.kind()) {
            case INTEGER:
            case REAL:
                tokens.advance();
                return new Node(Expr.constant(numberValue(t)), 1);
            case IDENTIFIER:
                tokens.advance();
                if (tokens.atSymbol("(")) {
                    return functionCall(t, names);
                }
                Optional<Double> constant = BuiltinConstants.value(t.text());
                if (constant.isPresent()) {
                    return new Node(Expr.constant(constant.get()), 1);
                }
                return new Node(names.resolve(t), 1);
            case SYMBOL:
                if (t.isSymbol("(")) {
                    tokens.advance();
                    enter(t);
                    Node inner = additive(names);
                    nesting--;
                    tokens.expectSymbol(")", () -> "to close the '(' at line " + t.line() + ", column " + t.column());
                    return inner;
                }
                break;
            case DURATION:
                throw TokenStream.error(t, "durations like " + t.describe() + " are not allowed in gate arguments");
            default:
                break;
        }
        throw tokens.expected("an expression (a number, a parameter name, pi, or '(')");
    }

    private Node functionCall(Token name, NameResolver names) {
        MathFunction function = MathFunction.byName(name.text()).orElseThrow(() -> TokenStream.error(name,
                "unknown function '" + name.text()
                        + "' (known: sin, cos, tan, exp, ln, sqrt, arcsin, arccos, arctan)"));
        Token open = tokens.advance();
        enter(open);
        Node argument = additive(names);
        nesting--;
        if (tokens.atSymbol(",")) {
            throw TokenStream.error(tokens.peek(), "function '" + name.text() + "' takes exactly one argument");
        }
        tokens.expectSymbol(")", () -> "to close the call of " + name.text());
        Expr e = argument.expr() instanceof Expr.Constant c
                ? Expr.constant(function.apply(c.value()))
                : new FunctionCall(function, argument.expr());
        return node(name, e, argument.depth() + 1);
    }

    private Node combine(Token at, BinaryOperator op, Node left, Node right) {
        if (left.expr() instanceof Expr.Constant l && right.expr() instanceof Expr.Constant r) {
            return new Node(Expr.constant(op.apply(l.value(), r.value())), 1);
        }
        return node(at, new BinaryOperation(op, left.expr(), right.expr()), Math.max(left.depth(), right.depth()) + 1);
    }

    private Node node(Token at, Expr e, int depth) {
        if (depth > limits.maxExpressionDepth()) {
            throw TokenStream.error(at, "expression is too deep (more than " + limits.maxExpressionDepth()
                    + " levels, ParserLimits.maxExpressionDepth): simplify it");
        }
        return new Node(e, depth);
    }

    private void enter(Token at) {
        if (++nesting > limits.maxNesting()) {
            throw TokenStream.error(at, "expression nested deeper than " + limits.maxNesting()
                    + " levels (ParserLimits.maxNesting)");
        }
    }

    private static double numberValue(Token t) {
        String s = t.text();
        boolean radixPrefixed = t.kind() == TokenKind.INTEGER && s.length() > 2 && s.charAt(0) == '0'
                && Character.isLetter(s.charAt(1));
        // decimal literals of any length parse exactly as a real literal would
        return radixPrefixed ? TokenStream.integerValue(t) : Double.parseDouble(s);
    }
}
