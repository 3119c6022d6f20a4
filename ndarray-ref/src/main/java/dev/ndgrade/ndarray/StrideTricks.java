package dev.ndgrade.ndarray;

import dev.ndgrade.ndarray.error.NumpyException;

/** Views with hand-made strides: {@code broadcast_to}, {@code as_strided}, {@code sliding_window_view}. */
public final class StrideTricks {
    private StrideTricks() {
    }

    /** {@code np.broadcast_to(a, shape)}: a read-only view, stride 0 on repeated axes. */
    public static NdArray broadcastTo(NdArray a, long[] shape) {
        long[] strides = dev.ndgrade.ndarray.layout.Broadcast.broadcastTo(a.shape(), a.strides(), shape);
        NdArray v = a.view(a.offset(), shape, strides, a.dtype(),
                ViewOrigin.view("broadcast_to", "broadcast_to repeats elements with stride 0, so the view is read-only"));
        v.setWriteable(false);
        return v;
    }

    /** {@code as_strided(x, shape, strides, writeable)}: no bounds checks, base is a DummyArray holding x. */
    public static NdArray asStrided(NdArray a, long[] shape, long[] strides, boolean writeable) {
        long[] sh = shape == null ? a.shape() : shape;
        // the __array_interface__ it builds has strides None for a new shape: C-contiguous strides for it
        // (x's own interface has strides None exactly when x is C-contiguous, so those get recomputed too)
        long[] st = strides != null ? strides
                : shape == null && !a.cContiguous() ? a.strides()
                : dev.ndgrade.ndarray.layout.FreshStrides.contiguous(sh, a.dtype().itemsize(),
                        dev.ndgrade.ndarray.layout.MemoryOrder.C);
        NdArray v = a.viewThrough(new DummyArray(a), sh, st,
                ViewOrigin.view("as_strided", "as_strided builds a view with any strides you give it, without bounds checks"));
        if (!writeable) {
            v.setWriteable(false);
        }
        return v;
    }

    /** {@code sliding_window_view(x, window_shape, axis)} for all axes (axis null) or the given ones. */
    public static NdArray slidingWindowView(NdArray a, long[] window, long[] axes, boolean writeable) {
        int nd = a.ndim();
        long[] ax;
        if (axes == null) {
            if (window.length != nd) {
                throw NumpyException.valueError("Since axis is `None`, must provide window_shape for all dimensions of `x`; got "
                        + window.length + " window_shape elements and `x.ndim` is " + nd + ".");
            }
            ax = new long[nd];
            for (int i = 0; i < nd; i++) {
                ax[i] = i;
            }
        } else {
            if (window.length != axes.length) {
                throw NumpyException.valueError("Must provide matching length window_shape and axis; got " + window.length
                        + " window_shape elements and " + axes.length + " axes elements.");
            }
            ax = axes;
        }
        for (long w : window) {
            if (w < 0) {
                throw NumpyException.valueError("`window_shape` cannot contain negative values");
            }
        }
        long[] shape = a.shape();
        for (int i = 0; i < ax.length; i++) {
            int k = Axes.normalize(ax[i], nd, null);
            if (shape[k] < window[i]) {
                throw NumpyException.valueError("window shape cannot be larger than input array shape");
            }
            shape[k] -= window[i] - 1;
        }
        long[] outShape = java.util.Arrays.copyOf(shape, nd + ax.length);
        long[] outStrides = java.util.Arrays.copyOf(a.strides(), nd + ax.length);
        for (int i = 0; i < ax.length; i++) {
            int k = Axes.normalize(ax[i], nd, null);
            outShape[nd + i] = window[i];
            outStrides[nd + i] = a.stride(k);
        }
        return asStrided(a, outShape, outStrides, writeable);
    }
}
