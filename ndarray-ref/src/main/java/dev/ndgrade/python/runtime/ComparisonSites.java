package dev.ndgrade.python.runtime;

import dev.ndgrade.python.syntax.CompareOperator;
import dev.ndgrade.python.syntax.Expr;
import java.math.BigInteger;
import java.util.IdentityHashMap;
import java.util.Map;

/**
 * Which comparisons CPython 3.11 runs as a specialized instruction (COMPARE_OP_INT_JUMP, _FLOAT_JUMP, _STR_JUMP) that
 * skips the C-level recursion check of PyObject_RichCompare. Only a comparison that feeds a jump (the test of an if,
 * while, conditional expression or comprehension condition) specializes, for two compact ints, two floats, or two
 * strs under == or !=; and only a site that has always seen that one kind stays specialized (a site that saw others
 * may be running the generic instruction).
 */
final class ComparisonSites {
    /** CPython's compact ints fit one 30-bit digit. */
    private static final int COMPACT_BITS = 30;
    private static final String MIXED = "mixed";

    private final Map<Expr.Compare, String> kinds = new IdentityHashMap<>();

    /** Records one execution of {@code site}; true when CPython would run it specialized. */
    boolean specialized(Expr.Compare site, CompareOperator op, Object left, Object right) {
        String kind = kind(op, left, right);
        String seen = kinds.merge(site, kind, (before, now) -> before.equals(now) ? before : MIXED);
        return !kind.equals(MIXED) && seen.equals(kind);
    }

    private static String kind(CompareOperator op, Object left, Object right) {
        if (left instanceof BigInteger a && right instanceof BigInteger b
                && a.abs().bitLength() <= COMPACT_BITS && b.abs().bitLength() <= COMPACT_BITS) {
            return "int";
        }
        if (left instanceof Double && right instanceof Double) {
            return "float";
        }
        if (left instanceof String && right instanceof String && (op == CompareOperator.EQ || op == CompareOperator.NOT_EQ)) {
            return "str";
        }
        return MIXED;
    }
}
