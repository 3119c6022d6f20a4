package dev.ndgrade.ndarray;

import dev.ndgrade.ndarray.error.NumpyException;
import java.util.Arrays;

/**
 * An n-dimensional array in NumPy's memory model: a {@link Buffer}, a byte offset into it, a shape, byte strides, a
 * {@link DType}, a {@code base} and flags — the fields of NumPy's {@code PyArrayObject}.
 *
 * <p>Arrays have identity, not value, equality: {@code b.base is a} is a question students answer, so two arrays
 * with equal contents are still different objects. Views share the buffer; copies get a new one. The only mutable
 * state is the WRITEABLE flag and an assignable shape (as in NumPy).
 *
 * <p>Views are made in exactly one place, {@link #view}, which applies NumPy's base-collapsing rule.
 */
public final class NdArray implements ArrayBase {
    private final Buffer buffer;
    private final long offset;
    private final DType dtype;
    private long[] shape;
    private long[] strides;
    private final ArrayBase base;
    private final boolean ownsData;
    private boolean writeable;
    /** {@code setflags(align=False)} cleared ALIGNED on this array object (its views compute their own). */
    private boolean alignedCleared;
    private final ViewOrigin origin;

    private NdArray(Buffer buffer, long offset, DType dtype, long[] shape, long[] strides, ArrayBase base,
                    boolean ownsData, boolean writeable, ViewOrigin origin) {
        if (shape.length != strides.length) {
            throw new IllegalArgumentException("shape and strides must have the same length: "
                    + Arrays.toString(shape) + " " + Arrays.toString(strides));
        }
        if (shape.length > 64) {
            throw NumpyException.valueError("maximum supported dimension for an ndarray is currently 64, found " + shape.length);
        }
        this.buffer = buffer;
        this.offset = offset;
        this.dtype = dtype;
        this.shape = shape.clone();
        this.strides = strides.clone();
        this.base = base;
        this.ownsData = ownsData;
        this.writeable = writeable;
        this.origin = origin;
    }

    /**
     * A new array owning a new zero-filled buffer, laid out in C ({@code 'C'}) or Fortran ({@code 'F'}) order.
     * Like NumPy 2, an array of 0 bytes allocates 1 byte and has all strides 0.
     */
    public static NdArray allocate(DType dtype, long[] shape, char order, ViewOrigin origin) {
        long nbytes = Shapes.nbytes(shape, dtype.itemsize());
        long[] strides = Strides.fresh(shape, dtype.itemsize(), order);
        return new NdArray(Buffer.allocate(nbytes), 0, dtype, shape, strides, null, true, true, origin);
    }

    /** A new owner with explicit strides (for copies that keep a layout, as NumPy's order 'K' does). */
    public static NdArray allocateStrided(DType dtype, long[] shape, long[] strides, long offset, long nbytes, ViewOrigin origin) {
        return new NdArray(Buffer.allocate(nbytes), offset, dtype, shape, strides, null, true, true, origin);
    }

    /** A new owner of a buffer just made for it (a copy), C-contiguous. */
    static NdArray adopt(Buffer buffer, DType dtype, long[] shape, ViewOrigin origin) {
        return new NdArray(buffer, 0, dtype, shape, Strides.fresh(shape, dtype.itemsize(), 'C'), null, true, true, origin);
    }

    /**
     * A view of this array's memory: same buffer, the given geometry. {@code base} becomes this array, collapsed to
     * the first array up the chain that owns its data or has no base (NumPy's {@code PyArray_SetBaseObject}); the
     * new view is writeable exactly when this array is.
     *
     * @param byteOffset absolute byte offset into the buffer
     */
    public NdArray view(long byteOffset, long[] newShape, long[] newStrides, DType newType, ViewOrigin viewOrigin) {
        return new NdArray(buffer, byteOffset, newType, newShape, newStrides, collapsedBase(), false, writeable, viewOrigin);
    }

    /** A view whose base is the given holder (as_strided's DummyArray). */
    public NdArray viewThrough(DummyArray holder, long[] newShape, long[] newStrides, ViewOrigin viewOrigin) {
        return new NdArray(buffer, offset, dtype, newShape, newStrides, holder, false, writeable, viewOrigin);
    }

    private ArrayBase collapsedBase() {
        NdArray obj = this;
        while (!obj.ownsData && obj.base instanceof NdArray parent) {
            obj = parent;
        }
        return obj;
    }

    // ---- the PyArrayObject fields -------------------------------------------------------------------------

    public Buffer buffer() { return buffer; }

    /** Byte offset of element [0, 0, …] into the buffer. */
    public long offset() { return offset; }

    public DType dtype() { return dtype; }

    /** The shape, a fresh copy. */
    public long[] shape() { return shape.clone(); }

    /** Byte strides, a fresh copy. */
    public long[] strides() { return strides.clone(); }

    public long dim(int axis) { return shape[axis]; }

    public long stride(int axis) { return strides[axis]; }

    public int ndim() { return shape.length; }

    /** {@code .base}: the array (or holder) this one is a view of, or null. */
    public ArrayBase base() { return base; }

    /** {@code .base} when it is an array, else null. */
    public NdArray baseArray() { return base instanceof NdArray a ? a : null; }

    public ViewOrigin origin() { return origin; }

    public long size() { return Shapes.size(shape); }

    public int itemsize() { return dtype.itemsize(); }

    public long nbytes() { return size() * dtype.itemsize(); }

    // ---- flags ---------------------------------------------------------------------------------------------

    public boolean ownsData() { return ownsData; }

    public boolean writeable() { return writeable; }

    public boolean cContiguous() { return Strides.isCContiguous(shape, strides, dtype.itemsize()); }

    public boolean fContiguous() { return Strides.isFContiguous(shape, strides, dtype.itemsize()); }

    /** NumPy's ALIGNED: the data pointer and every stride of a dimension longer than 1 are multiples of the alignment. */
    public boolean aligned() {
        if (alignedCleared) {
            return false;
        }
        if (size() == 0) {
            return true;
        }
        long bits = offset; // buffers start at addresses aligned for every dtype
        for (int i = 0; i < shape.length; i++) {
            if (shape[i] > 1) {
                bits |= strides[i];
            }
        }
        return bits % dtype.alignment() == 0;
    }

    /** {@code setflags(align=...)}: false clears ALIGNED; true sets it again, refused where the layout is not aligned. */
    public void setAligned(boolean flag) {
        alignedCleared = false;
        if (flag && !aligned()) {
            throw NumpyException.valueError("cannot set aligned flag of mis-aligned array to True");
        }
        alignedCleared = !flag;
    }

    /**
     * Sets WRITEABLE. Setting it true is refused (as NumPy's {@code _IsWriteable}, asked even when the flag is already
     * set) when the memory belongs, up the base chain, to an array that is itself read-only and owns its data, or
     * when the chain ends in an object that is not an array (as_strided's DummyArray exposes no writable buffer).
     */
    public void setWriteable(boolean flag) {
        if (flag && !canBeMadeWriteable()) {
            throw NumpyException.valueError("cannot set WRITEABLE flag to True of this array");
        }
        writeable = flag;
    }

    private boolean canBeMadeWriteable() {
        if (ownsData || base == null) {
            return true;
        }
        ArrayBase b = base;
        while (b instanceof NdArray a) {
            if (a.writeable) {
                return true;
            }
            if (a.ownsData || a.base == null) {
                return false;
            }
            b = a.base;
        }
        return false; // a DummyArray has no buffer interface, so NumPy cannot prove the memory writable
    }

    /** Raises NumPy's error when this array may not be written. */
    public void requireWriteable() {
        if (!writeable) {
            throw NumpyException.valueError("assignment destination is read-only");
        }
    }

    /** Replaces shape and strides in place (the {@code a.shape = …} setter, after the caller checked no copy is needed). */
    void reshapeInPlace(long[] newShape, long[] newStrides) {
        this.shape = newShape.clone();
        this.strides = newStrides.clone();
    }

    // ---- elements ------------------------------------------------------------------------------------------

    /** Byte offset of the element at {@code index} (one entry per axis, already non-negative and in bounds). */
    public long offsetOf(long[] index) {
        long off = offset;
        for (int i = 0; i < index.length; i++) {
            off += index[i] * strides[i];
        }
        return off;
    }

    /** The element at a full in-bounds index, as a NumPy scalar. */
    public Scalar get(long... index) {
        return Elements.read(dtype, buffer, offsetOf(index));
    }

    /** The element at byte offset {@code off}. */
    public Scalar elementAt(long off) {
        return Elements.read(dtype, buffer, off);
    }

    /** Writes one element (cast to this dtype) at a full in-bounds index. */
    public void put(Scalar value, long... index) {
        requireWriteable();
        Elements.write(dtype, buffer, offsetOf(index), value);
    }

    /** Byte offsets of every element, in C order. */
    public long[] offsetsInCOrder() {
        long n = size();
        long[] out = new long[Math.toIntExact(n)];
        if (n == 0) {
            return out;
        }
        int nd = shape.length;
        long[] idx = new long[nd];
        long off = offset;
        for (int k = 0; k < n; k++) {
            out[k] = off;
            for (int ax = nd - 1; ax >= 0; ax--) {
                if (++idx[ax] < shape[ax]) {
                    off += strides[ax];
                    break;
                }
                off -= strides[ax] * (shape[ax] - 1);
                idx[ax] = 0;
            }
        }
        return out;
    }

    /** A 0-d array's element, or the element of a size-1 array ({@code .item()} without arguments). */
    public Scalar item() {
        if (size() != 1) {
            throw NumpyException.valueError("can only convert an array of size 1 to a Python scalar");
        }
        return Elements.read(dtype, buffer, offset);
    }

    @Override
    public String toString() {
        return "NdArray[" + dtype + " shape=" + Arrays.toString(shape) + " strides=" + Arrays.toString(strides)
                + " offset=" + offset + " " + buffer + "]";
    }
}
