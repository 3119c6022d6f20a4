package dev.ndgrade.python.runtime;

import dev.ndgrade.python.syntax.Expr;
import dev.ndgrade.python.syntax.UnaryOperator;
import java.util.ArrayList;
import java.util.List;

/**
 * Which expressions CPython 3.11's compiler turns into constants, where that changes behaviour: a set display of
 * three or more constants is built from a frozenset constant.
 */
final class Constants {
    private Constants() {
    }

    /**
     * The frozenset constant the compiler makes of a set display's elements: built from them, then rebuilt from its
     * own iteration order when the compiler merges equal constants ({@code merge_consts_recursive}).
     */
    static PySet frozensetConstant(List<Object> elements) {
        PySet first = PySetMethods.of(true, new PyList(elements));
        List<Object> order = new ArrayList<>();
        first.entries().forEach(kv -> order.add(kv[0]));
        return PySetMethods.of(true, new PyList(order));
    }

    /**
     * Literals, signed numbers and tuples of constants. Operators on constants ({@code 1 + 1}, {@code "ab"[0]}) are
     * folded too, within size limits this interpreter does not model, so they are refused rather than guessed.
     */
    static boolean isConstant(Expr e) {
        if (e instanceof Expr.IntLiteral || e instanceof Expr.FloatLiteral || e instanceof Expr.ImaginaryLiteral
                || e instanceof Expr.StringLiteral || e instanceof Expr.BytesLiteral || e instanceof Expr.NoneLiteral
                || e instanceof Expr.BoolLiteral || e instanceof Expr.EllipsisLiteral) {
            return true;
        }
        if (e instanceof Expr.UnaryOp u && u.op() != UnaryOperator.NOT) {
            return isConstant(u.operand());
        }
        if (e instanceof Expr.UnaryOp u && isConstant(u.operand())) {
            throw new UnsupportedFeature("set displays with 'not' on constants (CPython folds them)");
        }
        if (e instanceof Expr.TupleLiteral t) {
            return t.elements().stream().allMatch(Constants::isConstant);
        }
        if (e instanceof Expr.BinOp b && isConstant(b.left()) && isConstant(b.right())
                || e instanceof Expr.Subscript s && isConstant(s.value()) && isConstant(s.index())) {
            throw new UnsupportedFeature("set displays with operators on constants (CPython folds some of them)");
        }
        return false;
    }
}
