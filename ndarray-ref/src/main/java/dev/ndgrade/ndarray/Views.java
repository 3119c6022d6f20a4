package dev.ndgrade.ndarray;

import dev.ndgrade.ndarray.error.NumpyException;

/** Views that reinterpret or pick out memory: {@code view()}, {@code view(dtype)}, {@code diagonal}, {@code real}/{@code imag}. */
public final class Views {
    private Views() {
    }

    /** {@code a.view()}: a new array object on the same memory (never {@code a} itself). */
    public static NdArray view(NdArray a) {
        return a.view(a.offset(), a.shape(), a.strides(), a.dtype(),
                ViewOrigin.view("view()", "view() makes a new array object on the same buffer"));
    }

    /** {@code a.view(dtype)}: the same bytes read as another dtype; the last axis is rescaled when itemsizes differ. */
    public static NdArray view(NdArray a, DType t) {
        ViewOrigin origin = ViewOrigin.view("view(" + t.name() + ")", "view(dtype) reads the same bytes as another type");
        int old = a.itemsize();
        int neu = t.itemsize();
        if (old == neu) {
            return a.view(a.offset(), a.shape(), a.strides(), t, origin);
        }
        int nd = a.ndim();
        if (nd == 0) {
            throw NumpyException.valueError("Changing the dtype of a 0d array is only supported if the itemsize is unchanged");
        }
        long[] shape = a.shape();
        long[] strides = a.strides();
        int last = nd - 1;
        if (shape[last] != 1 && a.size() != 0 && strides[last] != old) {
            throw NumpyException.valueError("To change to a dtype of a different size, the last axis must be contiguous");
        }
        if (neu < old) {
            if (old % neu != 0) {
                throw NumpyException.valueError("When changing to a smaller dtype, its size must be a divisor of the size of original dtype");
            }
            shape[last] *= old / neu;
        } else {
            long bytes = shape[last] * old;
            if (bytes % neu != 0) {
                throw NumpyException.valueError("When changing to a larger dtype, its size must be a divisor of the total size in bytes of the last axis of the array.");
            }
            shape[last] = bytes / neu;
        }
        strides[last] = neu;
        return a.view(a.offset(), shape, strides, t, origin);
    }

    /** {@code a.diagonal(offset, axis1, axis2)}: a read-only view. */
    public static NdArray diagonal(NdArray a, long offset, long axis1, long axis2) {
        int nd = a.ndim();
        if (nd < 2) {
            throw NumpyException.valueError("diag requires an array of at least two dimensions");
        }
        int x = Axes.normalize(axis1, nd, "axis1");
        int y = Axes.normalize(axis2, nd, "axis2");
        if (x == y) {
            throw NumpyException.valueError("axis1 and axis2 cannot be the same");
        }
        long dx = a.dim(x);
        long dy = a.dim(y);
        long off = a.offset();
        long n;
        if (offset >= 0) {
            n = Math.max(0, Math.min(dx, dy - offset));
            if (n > 0) {
                off += offset * a.stride(y);
            }
        } else {
            n = Math.max(0, Math.min(dx + offset, dy));
            if (n > 0) {
                off -= offset * a.stride(x);
            }
        }
        long[] shape = new long[nd - 1];
        long[] strides = new long[nd - 1];
        int k = 0;
        for (int i = 0; i < nd; i++) {
            if (i != x && i != y) {
                shape[k] = a.dim(i);
                strides[k] = a.stride(i);
                k++;
            }
        }
        shape[k] = n;
        strides[k] = a.stride(x) + a.stride(y);
        NdArray d = a.view(off, shape, strides, a.dtype(),
                ViewOrigin.view("diagonal", "diagonal() returns a read-only view: stepping by both strides at once"));
        d.setWriteable(false);
        return d;
    }

    /** {@code a.real}: a view of the real parts for complex arrays, {@code a} itself otherwise. */
    public static NdArray real(NdArray a) {
        if (a.dtype() instanceof DType.Complex c) {
            return a.view(a.offset(), a.shape(), a.strides(), c.part(), ViewOrigin.view("real", "the real parts are every other float of the buffer"));
        }
        return a;
    }

    /** {@code a.imag}: a view for complex arrays; for real arrays a new read-only array of zeros. */
    public static NdArray imag(NdArray a) {
        if (a.dtype() instanceof DType.Complex c) {
            return a.view(a.offset() + c.part().itemsize(), a.shape(), a.strides(), c.part(),
                    ViewOrigin.view("imag", "the imaginary parts are every other float of the buffer"));
        }
        // laid out in Fortran order when the array is (PyArray_ISFORTRAN: F- but not C-contiguous)
        char order = a.fContiguous() && !a.cContiguous() ? 'F' : 'C';
        NdArray z = NdArray.allocate(a.dtype(), a.shape(), order, ViewOrigin.fresh("imag of a real array"));
        z.setWriteable(false);
        return z;
    }
}
