package dev.ndgrade.ndarray.random;

import dev.ndgrade.ndarray.DType;
import dev.ndgrade.ndarray.Elements;
import dev.ndgrade.ndarray.NdArray;
import dev.ndgrade.ndarray.Shapes;
import dev.ndgrade.ndarray.ViewOrigin;
import java.util.function.DoubleSupplier;
import java.util.function.LongSupplier;

/** Fresh C-ordered arrays filled with draws in order, as NumPy's fill loops write them. */
final class Draws {
    private Draws() {
    }

    static NdArray doubles(long[] shape, DoubleSupplier draw, String operation) {
        NdArray out = NdArray.allocate(DType.FLOAT64, shape, 'C', ViewOrigin.fresh(operation));
        for (long i = 0, n = out.size(); i < n; i++) {
            Elements.writeDouble(DType.FLOAT64, out.buffer(), i * 8, draw.getAsDouble());
        }
        return out;
    }

    static NdArray integers(long[] shape, DType.Int dtype, LongSupplier draw, String operation) {
        NdArray out = NdArray.allocate(dtype, shape, 'C', ViewOrigin.fresh(operation));
        for (long i = 0, n = out.size(); i < n; i++) {
            Elements.writeLong(dtype, out.buffer(), i * dtype.itemsize(), draw.getAsLong());
        }
        return out;
    }

    static NdArray integers(long[] shape, DType.Int dtype, long[] values, String operation) {
        NdArray out = NdArray.allocate(dtype, shape, 'C', ViewOrigin.fresh(operation));
        for (int i = 0; i < values.length; i++) {
            Elements.writeLong(dtype, out.buffer(), (long) i * dtype.itemsize(), values[i]);
        }
        return out;
    }

    /** How many values a shape holds; NumPy draws none (and checks nothing) for an empty one. */
    static long count(long[] shape) {
        return Shapes.size(shape);
    }
}
