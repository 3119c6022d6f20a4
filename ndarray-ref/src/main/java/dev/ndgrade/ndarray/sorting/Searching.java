package dev.ndgrade.ndarray.sorting;

import dev.ndgrade.ndarray.DType;
import dev.ndgrade.ndarray.NdArray;
import dev.ndgrade.ndarray.Reshaping;
import dev.ndgrade.ndarray.Scalar;
import dev.ndgrade.ndarray.Unreproducible;
import dev.ndgrade.ndarray.ufunc.Axes;
import dev.ndgrade.ndarray.ufunc.Operand;
import dev.ndgrade.ndarray.ufunc.Reduction;
import dev.ndgrade.ndarray.ufunc.UfuncKind;
import dev.ndgrade.ndarray.ufunc.Ufuncs;

import java.util.Arrays;
import java.util.Comparator;

/**
 * {@code np.searchsorted(a, v, side)} on a sorted {@code a}: the insertion index of each value is how many elements
 * of {@code a} are less than it (side 'left') or not greater (side 'right'), compared by NumPy's own ufuncs and so
 * with its type promotion. On an unsorted {@code a}, or with nan, the index is whatever NumPy's binary search meets,
 * which ndgrade does not reproduce.
 */
public final class Searching {
    private Searching() {
    }

    /** An int64 NumPy scalar for a scalar {@code v}, else a new int64 array of {@code v}'s shape. */
    public static Object searchsorted(NdArray a, Operand v, boolean right) {
        if (a.ndim() != 1) {
            throw new Unreproducible("searchsorted on an array that is not 1-d");
        }
        if (hasNan(Operand.of(a)) || hasNan(v)) {
            throw new Unreproducible("searchsorted with nan (where it lands is NumPy's binary search's)");
        }
        refuseUnsorted(a);
        Operand values = v instanceof Operand.Array arr
                ? Operand.of(Reshaping.reshape(arr.array(), withTrailingOne(arr.array().shape()))) : v;
        NdArray below = (NdArray) Ufuncs.callFunction(right ? UfuncKind.LESS_EQUAL : UfuncKind.LESS, Operand.of(a), values);
        return Ufuncs.reduce(Reduction.SUM, below, Axes.one(-1), DType.INT64, false);
    }

    private static void refuseUnsorted(NdArray a) {
        Comparator<Scalar> order = ElementOrder.of(a.dtype());
        long[] offs = a.offsetsInCOrder();
        for (int i = 1; i < offs.length; i++) {
            if (order.compare(a.elementAt(offs[i - 1]), a.elementAt(offs[i])) > 0) {
                throw new Unreproducible("searchsorted on an unsorted array (the index is NumPy's binary search's)");
            }
        }
    }

    private static boolean hasNan(Operand op) {
        if (op instanceof Operand.PyFloat f) {
            return Double.isNaN(f.value());
        }
        if (op instanceof Operand.NumpyScalar s) {
            return isNan(s.value());
        }
        if (op instanceof Operand.Array arr) {
            return Arrays.stream(arr.array().offsetsInCOrder()).anyMatch(off -> isNan(arr.array().elementAt(off)));
        }
        return false;
    }

    private static boolean isNan(Scalar v) {
        return v.dtype() instanceof DType.Float && Double.isNaN(v.asDouble());
    }

    private static long[] withTrailingOne(long[] shape) {
        long[] s = Arrays.copyOf(shape, shape.length + 1);
        s[shape.length] = 1;
        return s;
    }
}
