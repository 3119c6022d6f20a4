package dev.ndgrade.ndarray.ufunc;

import dev.ndgrade.ndarray.DType;
import dev.ndgrade.ndarray.NdArray;

import java.util.List;

/**
 * The ufunc facade: NumPy 2.4's elementwise operators, ufunc functions and reductions on {@link NdArray}s.
 *
 * <p>Results follow NumPy exactly: dtypes by NEP 50 promotion, NumPy's error types and messages (in
 * {@link dev.ndgrade.ndarray.error.NumpyException}), results laid out like the inputs (order 'K'), and a NumPy
 * {@link dev.ndgrade.ndarray.Scalar} instead of an array when every operand is 0-d.
 *
 * <p>Python's operators and NumPy's functions differ in three places, so each has its entry point: {@code a ** 2}
 * on an array runs NumPy's square / reciprocal / sqrt shortcut for the exponents 2, -1, 0.5 ({@code bool_array ** 2}
 * is int8, {@code np.power(bool_array, 2)} int64); {@code abs()} of a complex NumPy scalar is the correctly rounded
 * hypot ({@code np.absolute} uses NumPy's own formula); and {@code //}, {@code %} between scalars where one is a
 * complex NumPy scalar raise Python's "unsupported operand type(s)" instead of the ufunc's error.
 */
public final class Ufuncs {
    private Ufuncs() {
    }

    /**
     * Python's operator on NumPy operands ({@code a + b}, {@code -a}, {@code a ** b}, {@code abs(a)}, {@code a < b}):
     * a new array ({@link dev.ndgrade.ndarray.ViewOrigin} fresh {@code "np.add"}…), or a
     * {@link dev.ndgrade.ndarray.Scalar} when every operand is 0-d (0-d arrays included).
     */
    public static Object call(UfuncKind f, Operand... inputs) {
        return Elementwise.run(f, List.of(inputs), null, true);
    }

    /**
     * Augmented assignment: {@code a += b} is {@code callInto(ADD, a, Operand.of(a), b)}. Writes into {@code out} with
     * casting rule 'same_kind' and returns {@code out} itself; inputs overlapping {@code out} are read as they were
     * before the call (NumPy's overlap rule).
     */
    public static NdArray callInto(UfuncKind f, NdArray out, Operand... inputs) {
        return (NdArray) Elementwise.run(f, List.of(inputs), requireOut(out), true);
    }

    /** The NumPy function {@code np.<f>(inputs...)}, e.g. {@code np.power(a, 2)}: like {@link #call}, minus the operator rules. */
    public static Object callFunction(UfuncKind f, Operand... inputs) {
        return Elementwise.run(f, List.of(inputs), null, false);
    }

    /** {@code np.<f>(inputs..., out=out)}: returns {@code out} itself, as {@link #callInto}. */
    public static NdArray callFunctionInto(UfuncKind f, NdArray out, Operand... inputs) {
        return (NdArray) Elementwise.run(f, List.of(inputs), requireOut(out), false);
    }

    private static NdArray requireOut(NdArray out) {
        if (out == null) {
            throw new IllegalArgumentException("out must not be null");
        }
        return out;
    }

    /**
     * {@code np.cumsum(a, axis, dtype)} ({@link Reduction#SUM}) and {@code np.cumprod} ({@link Reduction#PROD}): a new
     * array; a null axis scans the flattened array, a null dtype takes sum's accumulator.
     */
    public static NdArray accumulate(Reduction r, NdArray a, Integer axis, DType dtype) {
        return Scans.accumulate(r, a, axis, dtype);
    }

    /**
     * {@code np.var(a, axis=axes, dtype=dtype, ddof=ddof, keepdims=keepdims)}, or {@code np.std} when {@code std}:
     * NumPy's two-pass algorithm with its pairwise sums; a NumPy scalar when the result is 0-d.
     */
    public static Object variance(NdArray a, Axes axes, DType dtype, long ddof, boolean keepdims, boolean std) {
        return Variance.of(a, axes, dtype, ddof, keepdims, std);
    }

    /** {@code np.bincount(x, minlength=minlength)} without weights: a new int64 array of counts. */
    public static NdArray bincount(NdArray x, long minlength) {
        return BinCounts.count(x, minlength);
    }

    /** {@code np.round(a, decimals)}: NumPy's scale, rint and scale back; a NumPy scalar for a 0-d {@code a}. */
    public static Object round(NdArray a, long decimals) {
        return Rounding.round(a, decimals);
    }

    /** {@code np.clip(a, low, high)}, NumPy 2's semantics; a null bound is None. */
    public static Object clip(NdArray a, Operand low, Operand high) {
        return Clipping.clip(a, low, high);
    }

    /** {@code a.sum(axis=axis)} and the other reductions ({@code axis} null: every axis), with default dtype. */
    public static Object reduce(Reduction r, NdArray a, Integer axis) {
        return Reductions.reduce(r, a, axis == null ? Axes.all() : Axes.one(axis), null, false);
    }

    /**
     * {@code a.sum(axis=axes, dtype=dtype, keepdims=keepdims)} and the other reductions. {@code dtype} null takes
     * NumPy's default accumulator (int64 for small ints…); with {@code keepdims} reduced axes stay with length 1.
     * Returns a NumPy scalar when the result is 0-d, else a new array.
     */
    public static Object reduce(Reduction r, NdArray a, Axes axes, DType dtype, boolean keepdims) {
        return Reductions.reduce(r, a, axes, dtype, keepdims);
    }
}
