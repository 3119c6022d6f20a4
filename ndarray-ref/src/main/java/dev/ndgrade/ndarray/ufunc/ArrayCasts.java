package dev.ndgrade.ndarray.ufunc;

import dev.ndgrade.ndarray.Buffer;
import dev.ndgrade.ndarray.NdArray;

/** Whole-array writes a ufunc call needs besides its loop: converting copies and constant fills. */
final class ArrayCasts {
    private ArrayCasts() {
    }

    /** Writes {@code src}'s values (broadcast to {@code dst}'s shape) into {@code dst}, cast to its dtype. */
    static void copyInto(NdArray src, NdArray dst) {
        UnaryLoop cast = Casts.between(src.dtype(), dst.dtype());
        long[] shape = dst.shape();
        Rows.forEach(shape, new long[] {dst.offset(), src.offset()},
                new long[][] {dst.strides(), ResultLayout.broadcastStrides(src, shape)},
                (off, st, n) -> cast.run(src.buffer(), off[1], st[1], dst.buffer(), off[0], st[0], n));
    }

    /** Fills a boolean array with one value. */
    static void fill(NdArray dst, boolean value) {
        Buffer b = dst.buffer();
        byte v = value ? (byte) 1 : 0;
        Rows.forEach(dst.shape(), new long[] {dst.offset()}, new long[][] {dst.strides()}, (off, st, n) -> {
            for (long i = 0; i < n; i++) {
                b.putByte(off[0] + i * st[0], v);
            }
        });
    }
}
