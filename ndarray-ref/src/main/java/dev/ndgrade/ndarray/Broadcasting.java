package dev.ndgrade.ndarray;

import java.util.List;

/** NumPy's broadcasting: the common shape of several operands, and read-only stride-0 views that expand one. */
public final class Broadcasting {
    private Broadcasting() {
    }

    /** The broadcast shape of the operands, or NumPy's error naming every operand's shape. */
    public static long[] shape(List<long[]> shapes) {
        int nd = 0;
        for (long[] s : shapes) {
            nd = Math.max(nd, s.length);
        }
        long[] out = new long[nd];
        java.util.Arrays.fill(out, 1);
        for (long[] s : shapes) {
            for (int i = 0; i < s.length; i++) {
                int k = nd - s.length + i;
                long d = s[i];
                if (d == out[k] || d == 1) {
                    continue;
                }
                if (out[k] == 1) {
                    out[k] = d;
                } else {
                    StringBuilder sb = new StringBuilder("operands could not be broadcast together with shapes ");
                    for (long[] t : shapes) {
                        sb.append(Shapes.compact(t)).append(' ');
                    }
                    throw NumpyException.valueError(sb.toString());
                }
            }
        }
        return out;
    }

    /**
     * {@code src} seen with {@code shape}: leading axes added, length-1 axes repeated by stride 0. Returns src itself
     * when nothing changes and {@code internal} is set (for loops that only read).
     */
    public static NdArray to(NdArray src, long[] shape, boolean internal) {
        long[] s = src.shape();
        if (internal && java.util.Arrays.equals(s, shape)) {
            return src;
        }
        int nd = shape.length;
        if (s.length > nd) {
            throw NumpyException.valueError("could not broadcast input array from shape " + Shapes.compact(s)
                    + " into shape " + Shapes.compact(shape));
        }
        long[] strides = new long[nd];
        for (int i = 0; i < s.length; i++) {
            int k = nd - s.length + i;
            if (s[i] == shape[k]) {
                strides[k] = src.stride(i);
            } else if (s[i] == 1) {
                strides[k] = 0;
            } else {
                throw NumpyException.valueError("could not broadcast input array from shape " + Shapes.compact(s)
                        + " into shape " + Shapes.compact(shape));
            }
        }
        return src.view(src.offset(), shape, strides, src.dtype(), ViewOrigin.view("broadcasting", "broadcasting repeats elements with stride 0"));
    }
}
