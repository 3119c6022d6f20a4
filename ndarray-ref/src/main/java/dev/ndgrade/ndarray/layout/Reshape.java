package dev.ndgrade.ndarray.layout;

import java.util.Arrays;
import java.util.Optional;

/**
 * NumPy's reshape ({@code _reshape_with_copy_arg}): shape resolution with one unknown dimension, the no-copy
 * stride search of {@code _attempt_nocopy_reshape}, and the view-or-copy decision.
 */
public final class Reshape {
    public static final String ORDER_K_NOT_PERMITTED = "order 'K' is not permitted for reshaping";
    public static final String COPY_NOT_AVOIDABLE = "Unable to avoid creating a copy while reshaping.";
    public static final String ONE_UNKNOWN_DIMENSION = "can only specify one unknown dimension";

    private Reshape() {
    }

    /** {@code cannot reshape array of size 6 into shape (4,newaxis)}. */
    public static String sizeMismatch(long size, long[] requested) {
        return "cannot reshape array of size " + size + " into shape " + ShapeText.numpy(requested);
    }

    /**
     * {@code _fix_unknown_dimension}: any negative entry is the unknown dimension (at most one); the product of the
     * known entries must divide {@code size} (and not be 0 when there is an unknown), or equal it when there is none.
     * A product that overflows is a size mismatch. Returns a new array.
     */
    public static long[] resolveShape(long size, long[] requested) {
        int unknown = -1;
        long known = 1;
        for (int i = 0; i < requested.length; i++) {
            long dim = requested[i];
            if (dim < 0) {
                if (unknown != -1) {
                    throw LayoutException.value(ONE_UNKNOWN_DIMENSION);
                }
                unknown = i;
            } else {
                long product = known * dim;
                if (Math.multiplyHigh(known, dim) != 0 || product < 0) {
                    throw LayoutException.value(sizeMismatch(size, requested));
                }
                known = product;
            }
        }
        long[] dims = requested.clone();
        if (unknown >= 0) {
            if (known == 0 || size % known != 0) {
                throw LayoutException.value(sizeMismatch(size, requested));
            }
            dims[unknown] = size / known;
        } else if (known != size) {
            throw LayoutException.value(sizeMismatch(size, requested));
        }
        return dims;
    }

    /**
     * {@code a.reshape(requested, order=order, copy=copy)} for an array with these dims, strides and itemsize.
     * Order A is resolved from the array's flags; order K raises NumPy's ValueError before the shape is looked at.
     */
    public static ReshapeResult reshape(long[] dims, long[] strides, long itemsize, long[] requested,
                                        MemoryOrder order, CopyMode copy) {
        if (order == MemoryOrder.K) {
            throw LayoutException.value(ORDER_K_NOT_PERMITTED);
        }
        MemoryOrder resolved = Contiguity.resolveAny(order, dims, strides, itemsize);
        if (copy != CopyMode.ALWAYS && Arrays.equals(dims, requested)) {
            return new ReshapeResult.View(requested.clone(), strides.clone());
        }
        long[] newDims = resolveShape(size(dims), requested);
        if (copy == CopyMode.ALWAYS) {
            return copied(newDims, itemsize, resolved);
        }
        boolean contiguousInOrder = resolved == MemoryOrder.F
                ? Contiguity.isFContiguous(dims, strides, itemsize)
                : Contiguity.isCContiguous(dims, strides, itemsize);
        if (contiguousInOrder) {
            return new ReshapeResult.View(newDims, FreshStrides.contiguous(newDims, itemsize, resolved));
        }
        Optional<long[]> noCopy = attemptNoCopy(dims, strides, newDims, resolved == MemoryOrder.F, itemsize);
        if (noCopy.isPresent()) {
            return new ReshapeResult.View(newDims, noCopy.get());
        }
        if (copy == CopyMode.NEVER) {
            throw LayoutException.value(COPY_NOT_AVOIDABLE);
        }
        return copied(newDims, itemsize, resolved);
    }

    private static ReshapeResult copied(long[] newDims, long itemsize, MemoryOrder order) {
        return new ReshapeResult.CopyNeeded(newDims, FreshStrides.contiguous(newDims, itemsize, order), order);
    }

    /**
     * {@code _attempt_nocopy_reshape}: strides that let an array of {@code oldDims}/{@code oldStrides} be read as
     * {@code newDims} in C order (or F order when {@code fortranOrder}) without copying, or empty when the data is
     * not laid out for it. The sizes must agree and be non-zero. Length-1 old axes are ignored; new length-1 axes
     * take the stride of the next faster axis.
     */
    public static Optional<long[]> attemptNoCopy(long[] oldDims, long[] oldStrides, long[] newDims,
                                                 boolean fortranOrder, long itemsize) {
        int oldCount = 0;
        long[] od = new long[oldDims.length];
        long[] os = new long[oldDims.length];
        for (int i = 0; i < oldDims.length; i++) {
            if (oldDims[i] != 1) {
                od[oldCount] = oldDims[i];
                os[oldCount] = oldStrides[i];
                oldCount++;
            }
        }
        int newCount = newDims.length;
        long[] ns = new long[newCount];
        // [oi, oj) and [ni, nj) are the old and new axis groups that cover the same elements
        int oi = 0;
        int oj = 1;
        int ni = 0;
        int nj = 1;
        while (ni < newCount && oi < oldCount) {
            long np = newDims[ni];
            long op = od[oi];
            while (np != op) {
                if (np < op) {
                    np *= newDims[nj++];
                } else {
                    op *= od[oj++];
                }
            }
            for (int ok = oi; ok < oj - 1; ok++) {
                boolean mergeable = fortranOrder
                        ? os[ok + 1] == od[ok] * os[ok]
                        : os[ok] == od[ok + 1] * os[ok + 1];
                if (!mergeable) {
                    return Optional.empty();
                }
            }
            if (fortranOrder) {
                ns[ni] = os[oi];
                for (int nk = ni + 1; nk < nj; nk++) {
                    ns[nk] = ns[nk - 1] * newDims[nk - 1];
                }
            } else {
                ns[nj - 1] = os[oj - 1];
                for (int nk = nj - 1; nk > ni; nk--) {
                    ns[nk - 1] = ns[nk] * newDims[nk];
                }
            }
            ni = nj++;
            oi = oj++;
        }
        long lastStride = ni >= 1 ? ns[ni - 1] : itemsize;
        if (fortranOrder && ni >= 1) {
            lastStride *= newDims[ni - 1];
        }
        for (int nk = ni; nk < newCount; nk++) {
            ns[nk] = lastStride;
        }
        return Optional.of(ns);
    }

    static long size(long[] dims) {
        long size = 1;
        for (long dim : dims) {
            size *= dim;
        }
        return size;
    }
}
