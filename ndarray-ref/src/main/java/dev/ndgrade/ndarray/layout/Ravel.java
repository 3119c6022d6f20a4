package dev.ndgrade.ndarray.layout;

/**
 * NumPy's {@code ravel} decision ({@code PyArray_Ravel}): a view when the data can already be read with one stride
 * in the requested order, otherwise a copy.
 */
public final class Ravel {
    private Ravel() {
    }

    /**
     * {@code a.ravel(order)}. Order K becomes C for a C-contiguous array and F for an F-contiguous one; order A
     * becomes F for a Fortran-only array, else C. C and F give a view when the array is contiguous in that order.
     * A remaining K gives a view when the axes sorted by |stride| descending, skipping length-1 axes, have signed
     * strides exactly itemsize, itemsize times the faster lengths, and so on (so any negative stride copies).
     */
    public static RavelResult ravel(long[] dims, long[] strides, long itemsize, MemoryOrder order) {
        long size = Reshape.size(dims);
        MemoryOrder resolved = order;
        if (order == MemoryOrder.K) {
            if (Contiguity.isCContiguous(dims, strides, itemsize)) {
                resolved = MemoryOrder.C;
            } else if (Contiguity.isFContiguous(dims, strides, itemsize)) {
                resolved = MemoryOrder.F;
            }
        } else {
            resolved = Contiguity.resolveAny(order, dims, strides, itemsize);
        }
        boolean view;
        switch (resolved) {
            case C:
                view = Contiguity.isCContiguous(dims, strides, itemsize);
                break;
            case F:
                view = Contiguity.isFContiguous(dims, strides, itemsize);
                break;
            case K:
                view = isKeepOrderContiguous(dims, strides, itemsize);
                break;
            default:
                throw new IllegalStateException("order A is resolved above");
        }
        if (view) {
            return new RavelResult.View(size, itemsize);
        }
        long[] flatDims = {size};
        long stride = FreshStrides.forNewBuffer(flatDims, itemsize, MemoryOrder.C)[0];
        return new RavelResult.Copy(size, stride, resolved,
                StrideOrder.traversal(dims, strides, itemsize, resolved));
    }

    private static boolean isKeepOrderContiguous(long[] dims, long[] strides, long itemsize) {
        int[] perm = StrideOrder.sortedStridePerm(strides);
        long expected = itemsize;
        for (int i = perm.length - 1; i >= 0; i--) {
            int axis = perm[i];
            if (dims[axis] == 1) {
                continue;
            }
            if (strides[axis] != expected) {
                return false;
            }
            expected *= dims[axis];
        }
        return true;
    }
}
