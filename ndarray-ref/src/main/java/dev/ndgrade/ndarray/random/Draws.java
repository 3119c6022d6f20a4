package dev.ndgrade.ndarray.random;

import dev.ndgrade.ndarray.DType;
import dev.ndgrade.ndarray.Elements;
import dev.ndgrade.ndarray.NdArray;
import dev.ndgrade.ndarray.Scalar;
import dev.ndgrade.ndarray.Shapes;
import dev.ndgrade.ndarray.ViewOrigin;
import java.util.function.DoubleSupplier;
import java.util.function.LongSupplier;

/** Fresh C-ordered arrays filled with draws in order, as NumPy's fill loops write them. */
final class Draws {
    private Draws() {
    }

    static NdArray doubles(long[] shape, DoubleSupplier draw, String operation) {
        return floats(shape, DType.FLOAT64, draw, operation);
    }

    static NdArray floats(long[] shape, DType.Float dtype, DoubleSupplier draw, String operation) {
        NdArray out = NdArray.allocate(dtype, shape, 'C', ViewOrigin.fresh(operation));
        for (long i = 0, n = out.size(); i < n; i++) {
            Elements.writeDouble(dtype, out.buffer(), i * dtype.itemsize(), draw.getAsDouble());
        }
        return out;
    }

    /** Integers, or bools (0 and 1), drawn in order. */
    static NdArray integers(long[] shape, DType dtype, LongSupplier draw, String operation) {
        NdArray out = NdArray.allocate(dtype, shape, 'C', ViewOrigin.fresh(operation));
        for (long i = 0, n = out.size(); i < n; i++) {
            long v = draw.getAsLong();
            if (dtype instanceof DType.Int t) {
                Elements.writeLong(t, out.buffer(), i * t.itemsize(), v);
            } else {
                Elements.write(dtype, out.buffer(), i, Scalar.of(v != 0));
            }
        }
        return out;
    }

    static NdArray integers(long[] shape, DType dtype, long[] values, String operation) {
        int[] next = {0};
        return integers(shape, dtype, () -> values[next[0]++], operation);
    }

    /** How many values a shape holds; NumPy draws none (and checks nothing) for an empty one. */
    static long count(long[] shape) {
        return Shapes.size(shape);
    }
}
