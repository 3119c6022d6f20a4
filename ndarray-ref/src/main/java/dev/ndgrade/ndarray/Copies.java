package dev.ndgrade.ndarray;

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
        if (dtype.equals(src.dtype()) && src.cContiguous() && (order != 'F' || src.fContiguous())) {
            // C, A and K all lay a C-contiguous array out in C order: copy its bytes in one pass
            return NdArray.adopt(Buffer.copyOf(src.buffer(), src.offset(), src.nbytes()), dtype, src.shape(), origin);
        }
        NdArray dst = allocateLike(src, dtype, order, origin);
        Assign.copyValues(src, dst);
        return dst;
    }

    /** A fresh zeroed array shaped like {@code src}, laid out in {@code order} (NumPy's PyArray_NewLikeArray). */
    public static NdArray allocateLike(NdArray src, DType dtype, char order, ViewOrigin origin) {
        long[] shape = src.shape();
        long[] strides = Strides.forCopy(shape, src.strides(), dtype.itemsize(), order);
        return NdArray.allocateStrided(dtype, shape, strides, 0, Shapes.size(shape) * dtype.itemsize(), origin);
    }
}
