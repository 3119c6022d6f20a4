package dev.ndgrade.ndarray;

import dev.ndgrade.ndarray.error.NumpyException;
import dev.ndgrade.ndarray.layout.Broadcast;
import dev.ndgrade.ndarray.layout.CopyMode;
import dev.ndgrade.ndarray.layout.MemoryOrder;
import dev.ndgrade.ndarray.layout.Ravel;
import dev.ndgrade.ndarray.layout.RavelResult;
import dev.ndgrade.ndarray.layout.Reshape;
import dev.ndgrade.ndarray.layout.ReshapeResult;
import dev.ndgrade.ndarray.layout.StrideOrder;
import java.util.Arrays;

/** reshape, ravel, flatten and the {@code a.shape = …} setter, with NumPy's view-or-copy decisions (shape.c). */
public final class Reshaping {
    private Reshaping() {
    }

    /**
     * {@code a.reshape(shape, order=order, copy=copy)}; {@code copy} is TRUE, FALSE or null (NumPy's None).
     * A copy is returned as a view of the copied data, as NumPy does, so its {@code base} is not None.
     */
    public static NdArray reshape(NdArray a, long[] shape, char order, Boolean copy, ViewOrigin viewOrigin) {
        CopyMode mode = copy == null ? CopyMode.IF_NEEDED : copy ? CopyMode.ALWAYS : CopyMode.NEVER;
        ReshapeResult r = Reshape.reshape(a.shape(), a.strides(), a.itemsize(), shape, Strides.order(order), mode);
        if (r instanceof ReshapeResult.View v) {
            return a.view(a.offset(), v.dims(), v.strides(), a.dtype(), viewOrigin);
        }
        ReshapeResult.CopyNeeded c = (ReshapeResult.CopyNeeded) r;
        NdArray copied = Copies.copy(a, c.copyOrder().name().charAt(0), ViewOrigin.copy("reshape",
                "this layout cannot be read in the new shape without moving elements, so reshape copied"));
        return copied.view(copied.offset(), c.dims(), c.strides(), a.dtype(), ViewOrigin.copy("reshape",
                "this layout cannot be read in the new shape without moving elements, so reshape copied (the result is a view of that copy)"));
    }

    public static NdArray reshape(NdArray a, long[] shape) {
        return reshape(a, shape, 'C', null, ViewOrigin.view("reshape", "the data already lies in the order the new shape reads it, so reshape returns a view"));
    }

    /**
     * np.array's {@code ndmin}: length-1 axes prepended as a view ({@code _prepend_ones}); they stride by the
     * itemsize when the order is F or {@code a} is Fortran-ordered or 0-d, else by the first axis's extent.
     */
    public static NdArray prependOnes(NdArray a, int ndmin, char order) {
        int num = ndmin - a.ndim();
        if (num <= 0) {
            return a;
        }
        boolean fortran = a.fContiguous() && !a.cContiguous();
        long stride = order == 'F' || fortran || a.ndim() == 0 ? a.itemsize() : a.stride(0) * a.dim(0);
        long[] shape = new long[ndmin];
        long[] strides = new long[ndmin];
        Arrays.fill(shape, 0, num, 1);
        Arrays.fill(strides, 0, num, stride);
        System.arraycopy(a.shape(), 0, shape, num, a.ndim());
        System.arraycopy(a.strides(), 0, strides, num, a.ndim());
        return a.view(a.offset(), shape, strides, a.dtype(), ViewOrigin.view("ndmin", "length-1 axes are prepended as a view"));
    }

    /** {@code a.ravel(order)}: a 1-D view when the elements are already evenly spaced in that order, else a copy. */
    public static NdArray ravel(NdArray a, char order) {
        RavelResult r = Ravel.ravel(a.shape(), a.strides(), a.itemsize(), Strides.order(order));
        if (r instanceof RavelResult.View v) {
            return a.view(a.offset(), new long[] {v.size()}, new long[] {v.stride()}, a.dtype(),
                    ViewOrigin.view("ravel", "the elements are evenly spaced in memory in this order, so ravel returns a view"));
        }
        RavelResult.Copy c = (RavelResult.Copy) r;
        return flattenIn(a, c.order().name().charAt(0), ViewOrigin.copy("ravel",
                "the elements are not evenly spaced in memory in this order, so ravel had to copy"));
    }

    /** {@code a.flatten(order)}: always a copy. */
    public static NdArray flatten(NdArray a, char order) {
        return flattenIn(a, order, ViewOrigin.copy("flatten", "flatten always copies"));
    }

    private static NdArray flattenIn(NdArray a, char order, ViewOrigin origin) {
        char o = order;
        if (o == 'A') {
            o = a.fContiguous() && !a.cContiguous() ? 'F' : 'C';
        }
        NdArray src = a;
        if (o == 'F') {
            src = Axes.transpose(a, null);
        } else if (o == 'K') {
            src = Axes.permuted(a, hasBroadcastAxis(a) ? iterationOrder(a) : kOrder(a), origin);
        }
        NdArray out = NdArray.allocate(a.dtype(), new long[] {a.size()}, 'C', origin);
        NdArray shaped = out.view(0, src.shape(), Strides.fresh(src.shape(), a.itemsize(), 'C'), a.dtype(), origin);
        Assign.copyValues(src, shaped);
        return out;
    }

    private static boolean hasBroadcastAxis(NdArray a) {
        for (int i = 0; i < a.ndim(); i++) {
            if (a.stride(i) == 0 && a.dim(i) > 1) {
                return true;
            }
        }
        return false;
    }

    /**
     * Outermost first, the order NumPy's iterator walks {@code a} in (PyArray_CopyAsFlat): a broadcast axis has no
     * say there, where order 'K' of a copy would make it innermost.
     */
    private static int[] iterationOrder(NdArray a) {
        int[] innermostFirst = StrideOrder.iteratorOrder(a.ndim(), new long[][] {Broadcast.stridesIn(a.shape(), a.strides(), a.shape())});
        int[] perm = new int[innermostFirst.length];
        for (int i = 0; i < perm.length; i++) {
            perm[i] = innermostFirst[perm.length - 1 - i];
        }
        return perm;
    }

    /** Axes ordered from largest to smallest |stride| (ties by axis), the traversal order of order 'K'. */
    static int[] kOrder(NdArray a) {
        return StrideOrder.sortedStridePerm(a.strides());
    }

    /** The {@code a.shape = shape} setter: in place, or NumPy's AttributeError when that would need a copy. */
    public static void setShape(NdArray a, long[] shape) {
        ReshapeResult r;
        try {
            r = Reshape.reshape(a.shape(), a.strides(), a.itemsize(), shape, MemoryOrder.C, CopyMode.NEVER);
        } catch (dev.ndgrade.ndarray.layout.LayoutException e) {
            if (e.getMessage().equals(Reshape.COPY_NOT_AVOIDABLE)) {
                throw new NumpyException("AttributeError",
                        "Incompatible shape for in-place modification. Use `.reshape()` to make a copy with the desired shape.");
            }
            throw e;
        }
        a.reshapeInPlace(r.dims(), r.strides());
    }

}
