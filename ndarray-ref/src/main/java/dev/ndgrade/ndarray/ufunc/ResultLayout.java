package dev.ndgrade.ndarray.ufunc;

import dev.ndgrade.ndarray.DType;
import dev.ndgrade.ndarray.NdArray;
import dev.ndgrade.ndarray.Shapes;
import dev.ndgrade.ndarray.ViewOrigin;
import dev.ndgrade.ndarray.layout.StrideOrder;

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

    /** The iterator's axis order over {@code inputs} seen in {@code shape}, innermost first ({@link StrideOrder#iteratorOrder}). */
    public static int[] iteratorOrder(long[] shape, List<NdArray> inputs) {
        long[][] strides = new long[inputs.size()][];
        for (int k = 0; k < inputs.size(); k++) {
            strides[k] = broadcastStrides(inputs.get(k), shape);
        }
        return StrideOrder.iteratorOrder(shape.length, strides);
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
