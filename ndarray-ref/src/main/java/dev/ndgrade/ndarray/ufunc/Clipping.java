package dev.ndgrade.ndarray.ufunc;

import dev.ndgrade.ndarray.DType;
import dev.ndgrade.ndarray.NdArray;
import dev.ndgrade.ndarray.Unreproducible;

import java.math.BigInteger;

/**
 * {@code np.clip(a, a_min, a_max)} as NumPy 2's {@code _clip}: on integer arrays a Python int bound beyond the
 * dtype's range is dropped; with no bound left the result is {@code positive(a)}, with one it is {@code maximum} or
 * {@code minimum}, with two the clip loop, which is {@code minimum(maximum(x, lo), hi)} element by element with
 * maximum's and minimum's nan rules, except that on a tie it keeps the element: a float zero clipped to a zero bound is
 * refused.
 */
final class Clipping {
    private Clipping() {
    }

    /** {@code low} and {@code high} are null for None. */
    static Object clip(NdArray a, Operand low, Operand high) {
        if (a.dtype() instanceof DType.Int t) {
            low = beyond(low, t, false) ? null : low;
            high = beyond(high, t, true) ? null : high;
        }
        Operand x = Operand.of(a);
        if (low == null && high == null) {
            return Ufuncs.callFunction(UfuncKind.POSITIVE, x);
        }
        if (low != null && high != null && hasZero(x) && (hasZero(low) || hasZero(high))) {
            throw new Unreproducible("np.clip of zeros to a zero bound (NumPy's clip loop keeps the element's own "
                    + "zero on a tie, unlike maximum and minimum)");
        }
        Object r = low == null ? a : Ufuncs.callFunction(UfuncKind.MAXIMUM, x, low);
        return high == null ? r : Ufuncs.callFunction(UfuncKind.MINIMUM, Operand.ofResult(r), high);
    }

    /** Whether a float operand holds a zero (a tie of 0.0 with -0.0 is where clip differs from the two-step form). */
    private static boolean hasZero(Operand op) {
        if (op instanceof Operand.PyFloat f) {
            return f.value() == 0;
        }
        if (op instanceof Operand.NumpyScalar s) {
            return s.value().dtype() instanceof DType.Float && s.value().asDouble() == 0;
        }
        if (op instanceof Operand.Array arr && arr.array().dtype() instanceof DType.Float) {
            for (long off : arr.array().offsetsInCOrder()) {
                if (arr.array().elementAt(off).asDouble() == 0) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean beyond(Operand bound, DType.Int t, boolean upper) {
        if (!(bound instanceof Operand.PyInt i)) {
            return false;
        }
        BigInteger edge = !upper ? BigInteger.valueOf(t.min())
                : IntKernels.isUint64(t) ? BigInteger.ONE.shiftLeft(64).subtract(BigInteger.ONE) : BigInteger.valueOf(t.max());
        int c = i.value().compareTo(edge);
        return upper ? c >= 0 : c <= 0;
    }
}
