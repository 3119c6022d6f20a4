package dev.ndgrade.ndarray.ufunc;

import dev.ndgrade.ndarray.DType;

import java.math.BigInteger;

/**
 * NumPy's {@code ndarray.__pow__} fast path ({@code fast_scalar_power}): an array raised to the Python int 2 runs the
 * {@code square} ufunc, and a float or complex array raised to the Python int -1 or the Python float 0.5 runs
 * {@code reciprocal} or {@code sqrt}. It shows in dtypes ({@code bool_array ** 2} is int8, square's first loop), in
 * values ({@code np.array([-np.inf]) ** 0.5} is nan) and in errors ("Cannot cast ufunc 'square' output…").
 */
enum PowerShortcut {
    SQUARE(UfuncKind.SQUARE), RECIPROCAL(UfuncKind.RECIPROCAL), SQRT(UfuncKind.SQRT);

    private final UfuncKind kind;

    PowerShortcut(UfuncKind kind) {
        this.kind = kind;
    }

    /** The ufunc NumPy runs instead of power (its loops, and its name in error messages). */
    UfuncKind kind() {
        return kind;
    }

    /** The shortcut {@code base ** exponent} takes, or null. */
    static PowerShortcut of(Operand base, Operand exponent) {
        if (!(base instanceof Operand.Array a)) {
            return null;
        }
        DType t = a.array().dtype();
        boolean inexact = t instanceof DType.Float || t instanceof DType.Complex;
        if (exponent instanceof Operand.PyInt i) {
            if (i.value().equals(BigInteger.TWO)) {
                return SQUARE;
            }
            return inexact && i.value().equals(BigInteger.ONE.negate()) ? RECIPROCAL : null;
        }
        if (exponent instanceof Operand.PyFloat f) {
            return inexact && f.value() == 0.5 ? SQRT : null;
        }
        return null;
    }

    /** The loop: the array's own dtype, except that square has no boolean loop and squares booleans as int8. */
    Loop loop(DType base) {
        DType t = base instanceof DType.Bool ? DType.INT8 : base;
        return Loop.uniform(1, t, t);
    }
}
