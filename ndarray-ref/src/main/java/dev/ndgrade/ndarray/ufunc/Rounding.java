package dev.ndgrade.ndarray.ufunc;

import dev.ndgrade.ndarray.Copies;
import dev.ndgrade.ndarray.DType;
import dev.ndgrade.ndarray.NdArray;
import dev.ndgrade.ndarray.Scalar;
import dev.ndgrade.ndarray.Unreproducible;
import dev.ndgrade.ndarray.ViewOrigin;

/**
 * {@code np.round(a, decimals)} as NumPy's {@code PyArray_Round} computes it: floats are multiplied by 10**decimals
 * (a Python float, so float32 stays float32), rounded half to even by {@code rint}, and divided back (for negative
 * decimals: divided, rounded, multiplied). That is why {@code np.round(2.675, 2)} is 2.68 although 2.675 is stored
 * below it. Integers with decimals >= 0 are copied. Integers with negative decimals, booleans and complex numbers are
 * not supported.
 */
final class Rounding {
    private Rounding() {
    }

    static Object round(NdArray a, long decimals) {
        DType t = a.dtype();
        if (t instanceof DType.Int && decimals >= 0) {
            NdArray copy = Copies.copy(a, 'A', ViewOrigin.copy("round", "round always returns a new array"));
            return copy.ndim() == 0 ? copy.elementAt(copy.offset()) : copy;
        }
        if (!(t instanceof DType.Float)) {
            throw new Unreproducible("np.round of " + t.name() + " values" + (t instanceof DType.Int ? " to negative decimals" : ""));
        }
        Operand scale = Operand.pyFloat(powerOfTen(Math.abs(decimals)));
        UfuncKind in = decimals >= 0 ? UfuncKind.MULTIPLY : UfuncKind.TRUE_DIVIDE;
        UfuncKind back = decimals >= 0 ? UfuncKind.TRUE_DIVIDE : UfuncKind.MULTIPLY;
        Object scaled = Ufuncs.callFunction(in, Operand.of(a), scale);
        Object rounded = Ufuncs.callFunction(UfuncKind.RINT, Operand.ofResult(scaled));
        return Ufuncs.callFunction(back, Operand.ofResult(rounded), scale);
    }

    /** NumPy's {@code power_of_ten}: exact up to 1e8, then repeated multiplication by ten from 1e9. */
    private static double powerOfTen(long n) {
        if (n < 9) {
            return Double.parseDouble("1e" + n);
        }
        double r = 1e9;
        for (long i = 9; i < n; i++) {
            r *= 10.0;
        }
        return r;
    }
}
