package dev.ndgrade.ndarray;

import dev.ndgrade.ndarray.error.NumpyException;

/**
 * {@code np.putmask} and {@code np.place}: in-place writes through a boolean mask, in C order of the array's
 * elements, with the values (already of the array's dtype) used cyclically.
 */
public final class Masking {
    private Masking() {
    }

    /** {@code np.putmask(a, mask, values)}: element i, where masked, gets {@code values.flat[i % len(values)]}. */
    public static void putmask(NdArray a, NdArray mask, NdArray values) {
        if (!a.writeable()) {
            throw NumpyException.valueError("putmask: output array is read-only");
        }
        if (mask.size() != a.size()) {
            throw NumpyException.valueError("putmask: mask and data must be the same size");
        }
        write(a, mask, values, true);
    }

    /** {@code np.place(arr, mask, vals)}: the j-th masked element gets {@code vals.flat[j % len(vals)]}. */
    public static void place(NdArray a, NdArray mask, NdArray values) {
        a.requireWriteable();
        if (mask.size() != a.size()) {
            throw NumpyException.valueError("place: mask and data must be the same size");
        }
        boolean any = false;
        for (long off : mask.offsetsInCOrder()) {
            any |= mask.elementAt(off).isTrue();
        }
        if (any && values.size() == 0) {
            throw NumpyException.valueError("Cannot insert from an empty array!");
        }
        write(a, mask, values, false);
    }

    /** Cycles through values by element position ({@code byPosition}) or by count of masked elements so far. */
    private static void write(NdArray a, NdArray mask, NdArray values, boolean byPosition) {
        if (values.size() == 0) {
            return;
        }
        long[] targets = a.offsetsInCOrder();
        long[] flags = mask.offsetsInCOrder();
        long[] sources = values.offsetsInCOrder();
        long taken = 0;
        for (int i = 0; i < targets.length; i++) {
            if (mask.elementAt(flags[i]).isTrue()) {
                long k = byPosition ? i : taken++;
                Elements.write(a.dtype(), a.buffer(), targets[i], values.elementAt(sources[(int) (k % sources.length)]));
            }
        }
    }
}
