package dev.ndgrade.ndarray;

import dev.ndgrade.ndarray.layout.Broadcast;
import java.util.List;

/** NumPy's broadcasting applied to arrays: the common shape of operands, and stride-0 views that expand one. */
public final class Broadcasting {
    private Broadcasting() {
    }

    /** The broadcast shape of the operands, or NumPy's error naming every operand's shape. */
    public static long[] shape(List<long[]> shapes) {
        return Broadcast.shapes(shapes);
    }

    /** The shape {@code np.broadcast(*args)} gives, or its error naming the first two mismatched arguments. */
    public static long[] objectsShape(List<long[]> shapes) {
        return Broadcast.objectsShape(shapes);
    }

    /**
     * {@code src} read as {@code shape} the way assignment reads a value ({@code dst[...] = src}): leading length-1
     * axes dropped, length-1 axes repeated by stride 0. Returns src itself when the shape already matches and
     * {@code internal} is set (for loops that only read).
     */
    public static NdArray to(NdArray src, long[] shape, boolean internal) {
        if (internal && java.util.Arrays.equals(src.shape(), shape)) {
            return src;
        }
        long[] strides = Broadcast.assignmentStrides(shape, src.shape(), src.strides());
        return src.view(src.offset(), shape, strides, src.dtype(),
                ViewOrigin.view("broadcasting", "broadcasting repeats elements with stride 0"));
    }
}
