package dev.ndgrade.ndarray.ufunc;

import dev.ndgrade.ndarray.DType;
import dev.ndgrade.ndarray.NdArray;
import dev.ndgrade.ndarray.Shapes;
import dev.ndgrade.ndarray.ViewOrigin;

import java.util.List;

/**
 * The memory layout of a new ufunc result, as NumPy lays it out (order 'K'). Two paths, as in NumPy:
 * <ul>
 *   <li>the "trivial loop" ({@code try_trivial_single_output_loop}): every input is 0-d or has the result's exact
 *       shape, N-d inputs are all C-contiguous or all F-contiguous and need no cast → a C (or F) result;</li>
 *   <li>otherwise the iterator's order ({@code npyiter_find_best_axis_ordering}): axes sorted by the inputs' strides,
 *       a stable insertion sort where the first operand with an opinion wins (so C order wins conflicts), length-1 and
 *       broadcast axes having no opinion; strides are then assigned innermost first, always positive.</li>
 * </ul>
 * Empty results get all-zero strides.
 */
public final class ResultLayout {
    private ResultLayout() {
    }

    /** NumPy's default buffer size: inputs needing a cast still take the trivial path when 0-d or 1-d and this small. */
    private static final long BUFFER_SIZE = 8192;

    /**
     * @param inputs     the operands as given (scalars as 0-d arrays), before any cast
     * @param loopInputs the dtype each input is cast to
     */
    static NdArray allocate(DType dtype, long[] shape, List<NdArray> inputs, List<DType> loopInputs, ViewOrigin origin) {
        if (Shapes.size(shape) == 0) {
            return NdArray.allocate(dtype, shape, 'C', origin);
        }
        Character order = trivialOrder(inputs, loopInputs);
        if (order != null) {
            return NdArray.allocate(dtype, shape, order, origin);
        }
        return allocateInIteratorOrder(dtype, shape, inputs, origin);
    }

    /**
     * A new array laid out by the iterator's order over {@code operands} alone, as NpyIter allocates an output under
     * NPY_KEEPORDER without a trivial-loop shortcut (np.where's result).
     */
    public static NdArray allocateInIteratorOrder(DType dtype, long[] shape, List<NdArray> operands, ViewOrigin origin) {
        if (Shapes.size(shape) == 0) {
            return NdArray.allocate(dtype, shape, 'C', origin);
        }
        int[] perm = iteratorOrder(shape, operands);
        long[] strides = new long[shape.length];
        long sd = dtype.itemsize();
        for (int k = 0; k < perm.length; k++) {
            int ax = perm[k];
            strides[ax] = sd;
            sd *= shape[ax];
        }
        return NdArray.allocateStrided(dtype, shape, strides, 0, sd, origin);
    }

    /** 'C' or 'F' when NumPy's trivial loop applies, else null. */
    private static Character trivialOrder(List<NdArray> inputs, List<DType> loopInputs) {
        long[] opShape = null;
        int opOrder = 0; // bit 1: C-contiguous, bit 2: F-contiguous, as NumPy's flags
        for (int i = 0; i < inputs.size(); i++) {
            NdArray a = inputs.get(i);
            boolean mustCopy = !a.aligned() || !a.dtype().equals(loopInputs.get(i));
            if (mustCopy && !(a.ndim() == 0 || (a.ndim() == 1 && a.dim(0) <= BUFFER_SIZE))) {
                return null;
            }
            if (a.ndim() == 0) {
                continue;
            }
            if (opShape == null) {
                opShape = a.shape();
            } else if (!java.util.Arrays.equals(opShape, a.shape())) {
                return null;
            }
            if (a.ndim() == 1) {
                continue;
            }
            int flags = (a.cContiguous() ? 1 : 0) | (a.fContiguous() ? 2 : 0);
            if (flags == 0 || (opOrder != 0 && opOrder != flags)) {
                return null;
            }
            opOrder = flags;
        }
        return opOrder == 2 ? 'F' : 'C';
    }

    /**
     * The iterator's axis order, innermost first. NumPy works on reversed axes (last array axis first) and sorts them
     * from smallest to largest stride with a stable insertion sort; an operand has no opinion on a pair of axes when
     * either of its strides is 0 (broadcast or length 1).
     */
    public static int[] iteratorOrder(long[] shape, List<NdArray> inputs) {
        int nd = shape.length;
        long[][] strides = new long[inputs.size()][];
        for (int k = 0; k < inputs.size(); k++) {
            strides[k] = broadcastStrides(inputs.get(k), shape);
        }
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

    /** An operand's strides seen in the broadcast shape: 0 on new, repeated and length-1 axes. */
    static long[] broadcastStrides(NdArray a, long[] shape) {
        int nd = shape.length;
        long[] st = new long[nd];
        int lead = nd - a.ndim();
        for (int i = 0; i < a.ndim(); i++) {
            st[lead + i] = a.dim(i) == 1 || shape[lead + i] == 1 ? 0 : a.stride(i);
        }
        return st;
    }
}
