package dev.ndgrade.ndarray.ufunc;

import dev.ndgrade.ndarray.DType;
import dev.ndgrade.ndarray.Scalar;

/** Integer → double conversion that rounds uint64 values above 2^63 correctly, as C's cast does. */
final class Unsigned {
    private Unsigned() {
    }

    /** The double nearest to the uint64 whose bits are {@code v}. */
    static double uint64ToDouble(long v) {
        if (v >= 0) {
            return v;
        }
        // Halve with a sticky low bit so the single rounding step sees every discarded bit.
        return (double) ((v >>> 1) | (v & 1)) * 2.0;
    }

    /** An integer element of {@code t} (sign- or zero-extended into a long) as a double. */
    static double toDouble(DType.Int t, long v) {
        return t.signed() || t.itemsize() < 8 ? (double) v : uint64ToDouble(v);
    }

    static double toDouble(Scalar.IntValue i) {
        return toDouble(i.type(), i.value());
    }
}
