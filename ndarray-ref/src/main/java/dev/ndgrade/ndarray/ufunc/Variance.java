package dev.ndgrade.ndarray.ufunc;

import dev.ndgrade.ndarray.DType;
import dev.ndgrade.ndarray.Elements;
import dev.ndgrade.ndarray.NdArray;
import dev.ndgrade.ndarray.Scalar;
import dev.ndgrade.ndarray.Unreproducible;
import dev.ndgrade.ndarray.ViewOrigin;

/**
 * {@code var} and {@code std} in the steps of NumPy's {@code _var}: the mean as a pairwise sum kept with its axes,
 * divided by the count (an int64 NumPy scalar, so float32 data divides through float64); the squared deviations
 * summed pairwise; divided by {@code max(count - ddof, 0)}; for std, the square root. Integers and bools compute in
 * float64. Complex data, and integer {@code dtype=}, are not supported.
 */
final class Variance {
    private Variance() {
    }

    static Object of(NdArray a, Axes axes, DType dtype, long ddof, boolean keepdims, boolean std) {
        if (a.dtype() instanceof DType.Complex || dtype != null && !(dtype instanceof DType.Float)) {
            throw new Unreproducible("var and std of complex numbers or into a non-float dtype");
        }
        DType t = dtype == null && !(a.dtype() instanceof DType.Float) ? DType.FLOAT64 : dtype;
        Object sum = Reductions.reduce(Reduction.SUM, a, axes, t, true);
        long count = count(a, sum);
        Object mean = divide(sum, count);
        NdArray deviations = asArray(Ufuncs.callFunction(UfuncKind.SUBTRACT, Operand.of(a), Operand.ofResult(mean)));
        Ufuncs.callFunctionInto(UfuncKind.SQUARE, deviations, Operand.of(deviations));
        Object variance = divide(Reductions.reduce(Reduction.SUM, deviations, axes, t, keepdims), Math.max(count - ddof, 0));
        if (!std) {
            return variance;
        }
        if (variance instanceof NdArray v) {
            return Ufuncs.callFunctionInto(UfuncKind.SQRT, v, Operand.of(v));
        }
        return Ufuncs.callFunction(UfuncKind.SQRT, Operand.of((Scalar) variance));
    }

    /** {@code x / count} as {@code _var} divides: in place into an array, or cast back to a scalar's own type. */
    private static Object divide(Object x, long count) {
        Operand n = Operand.of(Scalar.ofInt(DType.INT64, count));
        if (x instanceof NdArray arr) {
            return Ufuncs.callFunctionInto(UfuncKind.TRUE_DIVIDE, arr, Operand.of(arr), n);
        }
        Scalar s = (Scalar) x;
        return ScalarConversion.cast((Scalar) Ufuncs.callFunction(UfuncKind.TRUE_DIVIDE, Operand.of(s), n), s.dtype());
    }

    /** {@code _var} subtracts with {@code out=...}, which keeps a 0-d result an array. */
    private static NdArray asArray(Object v) {
        if (v instanceof NdArray arr) {
            return arr;
        }
        Scalar s = (Scalar) v;
        NdArray zeroD = NdArray.allocate(s.dtype(), new long[0], 'C', ViewOrigin.fresh("np.subtract"));
        Elements.write(s.dtype(), zeroD.buffer(), zeroD.offset(), s);
        return zeroD;
    }

    /** How many elements each result reduces over: the input's extent along the axes the kept-dims sum has as 1. */
    private static long count(NdArray a, Object keptSum) {
        if (!(keptSum instanceof NdArray k)) {
            return 1; // a 0-d input
        }
        long n = 1;
        for (int i = 0; i < a.ndim(); i++) {
            n *= k.dim(i) == 1 ? a.dim(i) : 1;
        }
        return n;
    }
}
