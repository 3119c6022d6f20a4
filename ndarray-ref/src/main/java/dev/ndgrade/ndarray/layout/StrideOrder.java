package dev.ndgrade.ndarray.layout;

/**
 * Orderings of an array's axes by stride: NumPy's sorted stride permutation (used by {@code ravel('K')} and by
 * order-K allocation) and the element traversal orders of flat copies ({@code flatten}, {@code ravel} copies).
 */
public final class StrideOrder {
    private StrideOrder() {
    }

    /**
     * {@code PyArray_CreateSortedStridePerm}: the axes sorted by |stride| descending, ties by axis number. Length-1
     * axes take part like any other. For strides (4, -2, 12) this is [2, 0, 1].
     */
    public static int[] sortedStridePerm(long[] strides) {
        int n = strides.length;
        int[] perm = new int[n];
        for (int i = 0; i < n; i++) {
            perm[i] = i;
        }
        // insertion sort: stable, and ndim is at most a few dozen
        for (int i = 1; i < n; i++) {
            int axis = perm[i];
            long key = Math.abs(strides[axis]);
            int j = i - 1;
            while (j >= 0 && Math.abs(strides[perm[j]]) < key) {
                perm[j + 1] = perm[j];
                j--;
            }
            perm[j + 1] = axis;
        }
        return perm;
    }

    /**
     * The iterator's axis order, innermost first. NumPy works on reversed axes (last array axis first) and sorts them
     * from smallest to largest stride with a stable insertion sort; an operand has no opinion on a pair of axes when
     * either of its strides is 0 (broadcast or length 1). {@code strides} holds each operand's strides in the broadcast
     * shape ({@link Broadcast#stridesIn}), so a length-1 or stretched axis has stride 0.
     */
    public static int[] iteratorOrder(int nd, long[][] strides) {
        int[] perm = new int[nd]; // positions hold array axes, innermost first
        for (int i = 0; i < nd; i++) {
            perm[i] = nd - 1 - i;
        }
        for (int i0 = 1; i0 < nd; i0++) {
            int ax0 = perm[i0];
            int insertAt = i0;
            for (int i1 = i0 - 1; i1 >= 0; i1--) {
                int ax1 = perm[i1];
                boolean ambiguous = true;
                boolean shouldSwap = false;
                for (long[] st : strides) {
                    if (st[ax0] != 0 && st[ax1] != 0) {
                        if (Math.abs(st[ax1]) <= Math.abs(st[ax0])) {
                            shouldSwap = false; // a conflict later on does not undo an earlier "keep"
                        } else if (ambiguous) {
                            shouldSwap = true;
                        }
                        ambiguous = false;
                    }
                }
                if (!ambiguous) {
                    if (shouldSwap) {
                        insertAt = i1;
                    } else {
                        break;
                    }
                }
            }
            if (insertAt != i0) {
                System.arraycopy(perm, insertAt, perm, insertAt + 1, i0 - insertAt);
                perm[insertAt] = ax0;
            }
        }
        return perm;
    }

    /**
     * The axes from outermost to innermost in which a flat copy visits the elements, for order C, F or K; order A
     * is first resolved as {@link Contiguity#resolveAny} does. Element k of the copy is the element whose index
     * counts through these axes like an odometer, the last axis fastest.
     */
    public static int[] traversal(long[] dims, long[] strides, long itemsize, MemoryOrder order) {
        int n = dims.length;
        int[] axes = new int[n];
        switch (Contiguity.resolveAny(order, dims, strides, itemsize)) {
            case C:
                for (int i = 0; i < n; i++) {
                    axes[i] = i;
                }
                return axes;
            case F:
                for (int i = 0; i < n; i++) {
                    axes[i] = n - 1 - i;
                }
                return axes;
            case K:
                return keepOrderTraversal(dims, strides);
            default:
                throw new IllegalStateException("order A is resolved above");
        }
    }

    /**
     * NumPy's iterator K order without flipping negative strides ({@code NPY_ITER_DONT_NEGATE_STRIDES}, as
     * {@code PyArray_CopyAsFlat} asks): a stable insertion sort of the axes, innermost first, by |stride| ascending,
     * in which an axis of length 1 or stride 0 compares with nothing and so stays where C order puts it.
     */
    public static int[] keepOrderTraversal(long[] dims, long[] strides) {
        int n = dims.length;
        // perm[0] is the innermost axis, as in the iterator's reversed axis data
        int[] perm = new int[n];
        for (int i = 0; i < n; i++) {
            perm[i] = n - 1 - i;
        }
        for (int i0 = 1; i0 < n; i0++) {
            int insertAt = i0;
            int axis0 = perm[i0];
            long stride0 = iteratorStride(dims, strides, axis0);
            for (int i1 = i0 - 1; i1 >= 0; i1--) {
                long stride1 = iteratorStride(dims, strides, perm[i1]);
                if (stride0 == 0 || stride1 == 0) {
                    continue; // ambiguous: look further out
                }
                if (Math.abs(stride1) <= Math.abs(stride0)) {
                    break;
                }
                insertAt = i1;
            }
            if (insertAt != i0) {
                System.arraycopy(perm, insertAt, perm, insertAt + 1, i0 - insertAt);
                perm[insertAt] = axis0;
            }
        }
        int[] outerToInner = new int[n];
        for (int i = 0; i < n; i++) {
            outerToInner[i] = perm[n - 1 - i];
        }
        return outerToInner;
    }

    private static long iteratorStride(long[] dims, long[] strides, int axis) {
        return dims[axis] == 1 ? 0 : strides[axis];
    }
}
