package dev.ndgrade.ndarray.ufunc;

import dev.ndgrade.limits.Meter;
import dev.ndgrade.ndarray.Axes;
import dev.ndgrade.ndarray.Copies;
import dev.ndgrade.ndarray.DType;
import dev.ndgrade.ndarray.Lanes;
import dev.ndgrade.ndarray.NdArray;
import dev.ndgrade.ndarray.Reshaping;
import dev.ndgrade.ndarray.Unreproducible;
import dev.ndgrade.ndarray.ViewOrigin;

import java.util.List;

/**
 * {@code cumsum} and {@code cumprod}, NumPy's {@code add.accumulate} and {@code multiply.accumulate}: along each lane,
 * every element is the previous result combined with the next input by the ufunc's own loop, in the accumulator
 * dtype of {@code sum} (int64 for small ints and bools), so integers wrap and float32 rounds at every step exactly
 * as NumPy's sequential loop does. The result is laid out like the input (order 'K').
 */
final class Scans {
    private Scans() {
    }

    static NdArray accumulate(Reduction r, NdArray a, Integer axis, DType dtype) {
        Meter.current().elements(a.size());
        if (a.ndim() == 0 && axis != null) {
            throw new Unreproducible("cumsum or cumprod of a 0-d array along an axis");
        }
        NdArray src = axis == null ? Reshaping.ravel(a, 'C') : a;
        int ax = Axes.normalize(axis == null ? 0 : axis, src.ndim(), null);
        DType t = dtype != null ? dtype : Folds.resultType(Reduction.SUM, a.dtype());
        NdArray in = src.dtype().equals(t) ? src
                : Copies.copyAs(src, t, 'K', ViewOrigin.fresh("accumulate input cast"));
        UfuncKind f = r == Reduction.SUM ? UfuncKind.ADD : UfuncKind.MULTIPLY;
        NdArray out = ResultLayout.allocate(t, src.shape(), List.of(in), List.of(t),
                ViewOrigin.fresh("np." + f.numpyName() + ".accumulate"));
        BinaryLoop step = Kernels.binary(f, Loop.uniform(2, t, t));
        UnaryLoop first = Casts.between(t, t);
        long[][] outLanes = Lanes.of(out, ax).offsets();
        long[][] inLanes = Lanes.of(in, ax).offsets();
        for (int l = 0; l < inLanes.length; l++) {
            long[] o = outLanes[l];
            long[] x = inLanes[l];
            first.run(in.buffer(), x[0], 0, out.buffer(), o[0], 0, 1);
            for (int i = 1; i < x.length; i++) {
                step.run(out.buffer(), o[i - 1], 0, in.buffer(), x[i], 0, out.buffer(), o[i], 0, 1);
            }
        }
        return out;
    }
}
