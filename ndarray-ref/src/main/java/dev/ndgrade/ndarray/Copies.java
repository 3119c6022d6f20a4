package dev.ndgrade.ndarray;

import java.util.Arrays;

/** New arrays holding a copy of an array's values: {@code copy()}, {@code np.copy}, {@code astype}. */
public final class Copies {
    private Copies() {
    }

    /** A copy in memory order 'C', 'F', 'A' (F if the source is F- and not C-contiguous) or 'K' (keep the layout). */
    public static NdArray copy(NdArray src, char order, ViewOrigin origin) {
        return copyAs(src, src.dtype(), order, origin);
    }

    /** A copy converted to {@code dtype}, with NumPy's unsafe casting. */
    public static NdArray copyAs(NdArray src, DType dtype, char order, ViewOrigin origin) {
        NdArray dst = allocateLike(src, dtype, order, origin);
        Assign.copyValues(src, dst);
        return dst;
    }

    /** A fresh zeroed array shaped like {@code src}, laid out in {@code order} (NumPy's PyArray_NewLikeArray). */
    public static NdArray allocateLike(NdArray src, DType dtype, char order, ViewOrigin origin) {
        char o = order;
        if (o == 'A') {
            o = src.fContiguous() && !src.cContiguous() ? 'F' : 'C';
        }
        if (o == 'K') {
            if (src.cContiguous() || src.ndim() <= 1) {
                o = 'C';
            } else if (src.fContiguous()) {
                o = 'F';
            }
        }
        if (o == 'C' || o == 'F') {
            return NdArray.allocate(dtype, src.shape(), o, origin);
        }
        long[] shape = src.shape();
        int nd = shape.length;
        Integer[] perm = new Integer[nd];
        for (int i = 0; i < nd; i++) {
            perm[i] = i;
        }
        long[] st = src.strides();
        // Axes sorted by |stride|, largest first; ties keep axis order (PyArray_CreateSortedStridePerm).
        Arrays.sort(perm, (x, y) -> Long.compare(Math.abs(st[y]), Math.abs(st[x])));
        long[] strides = new long[nd];
        long size = Shapes.size(shape);
        if (size != 0) {
            long sd = dtype.itemsize();
            for (int k = nd - 1; k >= 0; k--) {
                strides[perm[k]] = sd;
                sd *= shape[perm[k]];
            }
        }
        return NdArray.allocateStrided(dtype, shape, strides, 0, size * dtype.itemsize(), origin);
    }
}
