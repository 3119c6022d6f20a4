package dev.ndgrade.ndarray.layout;

/**
 * NumPy's C_CONTIGUOUS and F_CONTIGUOUS flags as {@code _UpdateContiguousFlags} computes them: an array with a
 * zero-length axis is both; axes of length 1 are ignored whatever their stride.
 */
public final class Contiguity {
    private Contiguity() {
    }

    public static boolean isCContiguous(long[] dims, long[] strides, long itemsize) {
        long expected = itemsize;
        boolean contiguous = true;
        for (int i = dims.length - 1; i >= 0; i--) {
            long dim = dims[i];
            if (dim == 0) {
                return true;
            }
            if (dim != 1) {
                // keep scanning after a mismatch: a later zero-length axis still makes the array contiguous
                if (strides[i] != expected) {
                    contiguous = false;
                }
                expected *= dim;
            }
        }
        return contiguous;
    }

    public static boolean isFContiguous(long[] dims, long[] strides, long itemsize) {
        if (hasZeroLengthAxis(dims)) {
            return true;
        }
        long expected = itemsize;
        for (int i = 0; i < dims.length; i++) {
            long dim = dims[i];
            if (dim != 1) {
                if (strides[i] != expected) {
                    return false;
                }
                expected *= dim;
            }
        }
        return true;
    }

    /** NumPy's {@code PyArray_ISFORTRAN}: F-contiguous but not C-contiguous; what {@code order='A'} asks. */
    public static boolean isFortranOnly(long[] dims, long[] strides, long itemsize) {
        return isFContiguous(dims, strides, itemsize) && !isCContiguous(dims, strides, itemsize);
    }

    /** Resolves {@code order='A'}: F for a Fortran-only array, otherwise C. Other orders are returned as given. */
    public static MemoryOrder resolveAny(MemoryOrder order, long[] dims, long[] strides, long itemsize) {
        if (order != MemoryOrder.A) {
            return order;
        }
        return isFortranOnly(dims, strides, itemsize) ? MemoryOrder.F : MemoryOrder.C;
    }

    static boolean hasZeroLengthAxis(long[] dims) {
        for (long dim : dims) {
            if (dim == 0) {
                return true;
            }
        }
        return false;
    }
}
