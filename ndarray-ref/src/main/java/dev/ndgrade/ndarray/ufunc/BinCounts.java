package dev.ndgrade.ndarray.ufunc;

import dev.ndgrade.limits.Meter;
import dev.ndgrade.ndarray.DType;
import dev.ndgrade.ndarray.Elements;
import dev.ndgrade.ndarray.NdArray;
import dev.ndgrade.ndarray.error.NumpyException;
import dev.ndgrade.ndarray.Unreproducible;
import dev.ndgrade.ndarray.ViewOrigin;

/**
 * {@code np.bincount(x, minlength=…)} without weights: how often each non-negative integer occurs, as a new int64
 * array of length {@code max(x) + 1} (at least {@code minlength}). {@code x} must be 1-d and cast safely to int64,
 * or be uint64.
 */
final class BinCounts {
    private BinCounts() {
    }

    static NdArray count(NdArray x, long minlength) {
        Meter.current().elements(x.size());
        if (minlength < 0) {
            throw NumpyException.valueError("'minlength' must not be negative");
        }
        boolean uint64 = x.dtype() instanceof DType.Int i && IntKernels.isUint64(i); // NumPy takes uint64 too
        if (!uint64 && !TypePromotion.canCast(x.dtype(), DType.INT64, Casting.SAFE)) {
            throw NumpyException.typeError("Cannot cast array data from dtype('" + x.dtype().name()
                    + "') to dtype('int64') according to the rule 'safe'");
        }
        if (x.ndim() > 1) {
            throw NumpyException.valueError("object too deep for desired array");
        }
        long[] offs = x.offsetsInCOrder();
        long[] values = new long[offs.length];
        long max = -1;
        for (int i = 0; i < offs.length; i++) {
            values[i] = x.elementAt(offs[i]).asLong();
            if (values[i] < 0 && uint64) {
                throw new Unreproducible("np.bincount of uint64 values of 2**63 and above");
            }
            if (values[i] < 0) {
                throw NumpyException.valueError("'list' argument must have no negative elements");
            }
            max = Math.max(max, values[i]);
        }
        long n = Math.max(max + 1, minlength);
        Meter.current().elements(n);
        NdArray out = NdArray.allocate(DType.INT64, new long[] {n}, 'C', ViewOrigin.fresh("np.bincount"));
        for (long v : values) {
            long off = out.offset() + v * 8;
            Elements.writeLong(DType.INT64, out.buffer(), off, Elements.readLong(DType.INT64, out.buffer(), off) + 1);
        }
        return out;
    }
}
