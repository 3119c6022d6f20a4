package dev.ndgrade.ndarray.layout;

import java.util.Arrays;

/**
 * Strides NumPy gives an array whose strides it computes rather than inherits: contiguous strides over existing
 * data ({@code _array_fill_strides}), and the strides of a newly allocated buffer, where NumPy 2 sets every
 * stride of a 0-byte array to 0.
 */
public final class FreshStrides {
    private FreshStrides() {
    }

    /**
     * {@code _array_fill_strides}: C or F contiguous strides, a zero-length axis counting as length 1. These are the
     * strides of a view over contiguous data, such as a reshape of a contiguous array (no 0-byte rule there).
     */
    public static long[] contiguous(long[] dims, long itemsize, MemoryOrder order) {
        int n = dims.length;
        long[] strides = new long[n];
        long stride = itemsize;
        if (requireCOrF(order) == MemoryOrder.F) {
            for (int i = 0; i < n; i++) {
                strides[i] = stride;
                stride *= nonZero(dims[i]);
            }
        } else {
            for (int i = n - 1; i >= 0; i--) {
                strides[i] = stride;
                stride *= nonZero(dims[i]);
            }
        }
        return strides;
    }

    /** Strides of a new buffer in order C or F (as {@code np.empty(shape, order=...)}): 0-byte arrays get all 0. */
    public static long[] forNewBuffer(long[] dims, long itemsize, MemoryOrder order) {
        long[] strides = contiguous(dims, itemsize, order);
        return zeroIfEmpty(dims, itemsize, strides);
    }

    /**
     * Strides of a copy of an array made with the given order, as {@code np.copy(a, order)}, {@code a.copy(order)},
     * {@code np.array(a, order=...)} and {@code np.empty_like(a, order=...)} allocate it
     * ({@code PyArray_NewLikeArray}): C and F are plain; A is F for a Fortran-only array, else C; K is C for a
     * C-contiguous array or one of at most one dimension, F for an F-contiguous one, and otherwise keeps the
     * prototype's axis order by |stride| ({@link StrideOrder#sortedStridePerm}) with positive contiguous strides.
     */
    public static long[] forCopy(long[] dims, long[] strides, long itemsize, MemoryOrder order) {
        MemoryOrder resolved = Contiguity.resolveAny(order, dims, strides, itemsize);
        if (resolved == MemoryOrder.K) {
            if (dims.length <= 1 || Contiguity.isCContiguous(dims, strides, itemsize)) {
                resolved = MemoryOrder.C;
            } else if (Contiguity.isFContiguous(dims, strides, itemsize)) {
                resolved = MemoryOrder.F;
            } else {
                return zeroIfEmpty(dims, itemsize, keepOrder(dims, strides, itemsize));
            }
        }
        return forNewBuffer(dims, itemsize, resolved);
    }

    private static long[] keepOrder(long[] dims, long[] strides, long itemsize) {
        int[] perm = StrideOrder.sortedStridePerm(strides);
        long[] fresh = new long[dims.length];
        long stride = itemsize;
        for (int i = perm.length - 1; i >= 0; i--) {
            int axis = perm[i];
            fresh[axis] = stride;
            stride *= dims[axis];
        }
        return fresh;
    }

    private static long[] zeroIfEmpty(long[] dims, long itemsize, long[] strides) {
        if (itemsize == 0 || Contiguity.hasZeroLengthAxis(dims)) {
            Arrays.fill(strides, 0L);
        }
        return strides;
    }

    private static long nonZero(long dim) {
        return dim == 0 ? 1 : dim;
    }

    private static MemoryOrder requireCOrF(MemoryOrder order) {
        if (order != MemoryOrder.C && order != MemoryOrder.F) {
            throw new IllegalArgumentException("contiguous strides need order C or F, not " + order);
        }
        return order;
    }
}
