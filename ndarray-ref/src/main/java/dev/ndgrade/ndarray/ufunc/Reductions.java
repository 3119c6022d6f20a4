package dev.ndgrade.ndarray.ufunc;

import dev.ndgrade.limits.Meter;
import dev.ndgrade.ndarray.Copies;
import dev.ndgrade.ndarray.DType;
import dev.ndgrade.ndarray.Elements;
import dev.ndgrade.ndarray.NdArray;
import dev.ndgrade.ndarray.error.NumpyException;
import dev.ndgrade.ndarray.Scalar;
import dev.ndgrade.ndarray.Shapes;
import dev.ndgrade.ndarray.ViewOrigin;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * {@code a.sum(axis=…, dtype=…, keepdims=…)} and the other reductions, with NumPy's dtypes, errors, result layout and
 * order of operations (which decides the last bits of float sums). A reduction over every axis folds all elements as
 * one run in iteration order (one pairwise sum). Over some axes, see {@link #partial}. Results are laid out like the
 * input (axes sorted by its strides); a 0-d result is a NumPy scalar.
 */
final class Reductions {
    private Reductions() {
    }

    static Object reduce(Reduction r, NdArray a, Axes axes, DType dtype, boolean keepdims) {
        Meter.current().elements(a.size());
        boolean[] reduced = reducedAxes(r, a.ndim(), axes);
        requireDtypeArgument(r, dtype);
        DType result = dtype != null ? dtype : Folds.resultType(r, a.dtype());
        NdArray src = dtype == null || dtype.equals(a.dtype()) || r == Reduction.ANY || r == Reduction.ALL ? a : castCopy(a, dtype);
        Folds.Fold fold = Folds.of(r, src.dtype(), result); // MEAN sums in its result type, then divides
        long count = 1;
        boolean all = true;
        for (int i = 0; i < reduced.length; i++) {
            count *= reduced[i] ? src.dim(i) : 1;
            all &= reduced[i];
        }
        if (count == 0 && (r == Reduction.MIN || r == Reduction.MAX)) {
            throw NumpyException.valueError("zero-size array to reduction operation " + r.ufuncName() + " which has no identity");
        }
        NdArray out = allocateResult(src, reduced, keepdims, result, ViewOrigin.fresh("np." + r.ufuncName() + ".reduce"));
        if (all) {
            Scalar v = finish(r, result, full(r, fold, src, result), count);
            if (out.ndim() == 0) {
                return v;
            }
            Elements.write(result, out.buffer(), out.offset(), v);
            return out;
        }
        initialize(r, src, reduced, out);
        partial(fold, src, reduced, keepdims, out);
        if (r == Reduction.MEAN) {
            for (long off : out.offsetsInCOrder()) {
                Elements.write(result, out.buffer(), off, finish(r, result, out.elementAt(off), count));
            }
        }
        return out;
    }

    // ---- axes and arguments ----------------------------------------------------------------------------------

    /**
     * Which axes are reduced, with NumPy's AxisError and duplicate checks. An int axis of a 0-d array may be 0 or -1
     * (ufunc reductions are lenient there; np.mean and tuples are not).
     */
    private static boolean[] reducedAxes(Reduction r, int ndim, Axes axes) {
        boolean[] reduced = new boolean[ndim];
        if (axes instanceof Axes.All) {
            Arrays.fill(reduced, true);
            return reduced;
        }
        List<Long> list = axes instanceof Axes.One one ? List.of(one.axis()) : ((Axes.Tuple) axes).axes();
        int limit = ndim == 0 && axes instanceof Axes.One && r != Reduction.MEAN ? 1 : ndim;
        for (long axis : list) {
            if (axis < -limit || axis >= limit) {
                throw new NumpyException("AxisError", "axis " + axis + " is out of bounds for array of dimension " + ndim);
            }
            if (ndim == 0) {
                continue;
            }
            int ax = (int) (axis < 0 ? axis + ndim : axis);
            if (reduced[ax]) {
                throw NumpyException.valueError("duplicate value in 'axis'");
            }
            reduced[ax] = true;
        }
        return reduced;
    }

    private static void requireDtypeArgument(Reduction r, DType dtype) {
        if (dtype == null) {
            return;
        }
        switch (r) {
            case MIN, MAX -> throw NumpyException.typeError("_a" + (r == Reduction.MIN ? "min" : "max")
                    + "() got an unexpected keyword argument 'dtype'");
            case ANY, ALL -> {
                if (!(dtype instanceof DType.Bool)) {
                    throw NumpyException.typeError("No loop matching the specified signature and casting was found for ufunc "
                            + r.ufuncName());
                }
            }
            default -> { }
        }
    }

    /** The input converted to the requested dtype ('unsafe', as reductions cast), in the same memory order. */
    private static NdArray castCopy(NdArray a, DType dtype) {
        NdArray c = Copies.allocateLike(a, dtype, 'K', ViewOrigin.copy("reduction cast", "the dtype= argument converts the input"));
        ArrayCasts.copyInto(a, c);
        return c;
    }

    // ---- computing ---------------------------------------------------------------------------------------------

    /** Every element as one run in iteration order (a gathered copy when the memory is not one run). */
    private static Scalar full(Reduction r, Folds.Fold fold, NdArray a, DType result) {
        NdArray run = a.ndim() <= 1 || a.cContiguous() || a.fContiguous() ? a : gathered(a);
        long stride = a.ndim() == 1 ? a.stride(0) : a.itemsize();
        long n = a.size();
        Scalar start = Folds.identity(r, result);
        if (start == null) {
            return fold.run(run.elementAt(run.offset()), run.buffer(), run.offset() + stride, stride, n - 1, true);
        }
        return fold.run(start, run.buffer(), run.offset(), stride, n, true);
    }

    /**
     * The elements copied out in the iterator's order. A broadcast axis (stride 0) has no say in that order (NumPy's
     * find_best_axis_ordering), where a copy in order 'K' would make it innermost.
     */
    private static NdArray gathered(NdArray a) {
        boolean broadcast = false;
        for (int i = 0; i < a.ndim(); i++) {
            broadcast |= a.stride(i) == 0 && a.dim(i) > 1;
        }
        if (!broadcast) {
            return Copies.copy(a, 'K', ViewOrigin.copy("reduction buffer", "elements gathered in iteration order"));
        }
        NdArray run = ResultLayout.allocateInIteratorOrder(a.dtype(), a.shape(), java.util.List.of(a),
                ViewOrigin.copy("reduction buffer", "elements gathered in iteration order"));
        ArrayCasts.copyInto(a, run);
        return run;
    }

    /**
     * Reduces some axes into {@code acc}, walking the input in memory order (axes by decreasing |stride|) as NumPy's
     * iterator does. The innermost reduced axes form a block that NumPy's buffer hands to the reduce loop as one run
     * per result element (one pairwise sum); reduced axes further out add those results up one after another, and when
     * the innermost axis is kept, whole rows are combined element-wise.
     */
    private static void partial(Folds.Fold fold, NdArray src, boolean[] reduced, boolean keepdims, NdArray acc) {
        int nd = src.ndim();
        long[] accStrides = new long[nd];
        for (int i = 0, k = 0; i < nd; i++) {
            if (!reduced[i]) {
                accStrides[i] = acc.stride(k++);
            } else if (keepdims) {
                k++;
            }
        }
        Integer[] order = new Integer[nd];
        for (int i = 0; i < nd; i++) {
            order[i] = i;
        }
        long[] st = src.strides();
        Arrays.sort(order, (x, y) -> Long.compare(Math.abs(st[y]), Math.abs(st[x])));
        boolean[] inBlock = new boolean[nd];
        List<Integer> block = new ArrayList<>();
        for (int k = nd - 1; k >= 0 && (reduced[order[k]] || src.dim(order[k]) == 1); k--) {
            if (src.dim(order[k]) != 1) {
                block.add(0, order[k]);
            }
            inBlock[order[k]] = true;
        }
        DType t = acc.dtype();
        long[] outerShape = src.shape();
        for (int i = 0; i < nd; i++) {
            if (inBlock[i]) {
                outerShape[i] = 1;
            }
        }
        Rows.forEach(outerShape, new long[] {src.offset(), acc.offset()}, new long[][] {st, accStrides},
                (off, strides, n) -> {
                    for (long i = 0; i < n; i++) {
                        long at = off[1] + i * strides[1];
                        long from = off[0] + i * strides[0];
                        Scalar v = block.isEmpty()
                                ? fold.run(Elements.read(t, acc.buffer(), at), src.buffer(), from, 0, 1, false)
                                : foldBlock(fold, Elements.read(t, acc.buffer(), at), src, from, block);
                        Elements.write(t, acc.buffer(), at, v);
                    }
                });
    }

    /** One result element's block of reduced axes, as one run in iteration order (gathered when not one stride). */
    private static Scalar foldBlock(Folds.Fold fold, Scalar acc, NdArray src, long offset, List<Integer> block) {
        if (block.size() == 1) {
            int ax = block.get(0);
            return fold.run(acc, src.buffer(), offset, src.stride(ax), src.dim(ax), true);
        }
        long[] shape = block.stream().mapToLong(src::dim).toArray();
        long[] strides = block.stream().mapToLong(src::stride).toArray();
        NdArray view = src.view(offset, shape, strides, src.dtype(), ViewOrigin.view("reduction block", ""));
        NdArray run = NdArray.allocate(src.dtype(), shape, 'C', ViewOrigin.copy("reduction buffer", "a block gathered in iteration order"));
        ArrayCasts.copyInto(view, run);
        return fold.run(acc, run.buffer(), run.offset(), src.itemsize(), run.size(), true);
    }

    /** The identity everywhere, or (min, max) each result's first element along the reduced axes. */
    private static void initialize(Reduction r, NdArray src, boolean[] reduced, NdArray acc) {
        Scalar identity = Folds.identity(r, acc.dtype());
        if (identity != null) {
            long[] offs = acc.offsetsInCOrder();
            for (long off : offs) {
                Elements.write(acc.dtype(), acc.buffer(), off, identity);
            }
            return;
        }
        long[] shape = src.shape();
        long[] strides = src.strides();
        for (int i = 0; i < reduced.length; i++) {
            if (reduced[i]) {
                shape[i] = 1;
                strides[i] = 0;
            }
        }
        NdArray first = src.view(src.offset(), shape, strides, src.dtype(), ViewOrigin.view("reduction start", ""));
        NdArray target = acc.view(acc.offset(), first.ndim() == acc.ndim() ? acc.shape() : shape,
                first.ndim() == acc.ndim() ? acc.strides() : withUnitAxes(acc, reduced), acc.dtype(), ViewOrigin.view("reduction start", ""));
        ArrayCasts.copyInto(first, target);
    }

    /** {@code acc}'s strides with a 0 inserted for every reduced axis (when keepdims dropped them). */
    private static long[] withUnitAxes(NdArray acc, boolean[] reduced) {
        long[] st = new long[reduced.length];
        for (int i = 0, k = 0; i < reduced.length; i++) {
            st[i] = reduced[i] ? 0 : acc.stride(k++);
        }
        return st;
    }

    /**
     * MEAN: the sum divided by the count. NumPy counts with an np.intp, so the division runs in the promotion of the
     * result type with int64 (float64, or complex128 for complex) and is cast back to the result type.
     */
    private static Scalar finish(Reduction r, DType result, Scalar v, long count) {
        if (r != Reduction.MEAN) {
            return v;
        }
        if (result instanceof DType.Complex c) {
            double[] q = new double[2];
            ComplexMath.divide(v.asDouble(), v.imag(), count, 0, false, q);
            return Scalar.ofComplex(c, q[0], q[1]);
        }
        double sum = v instanceof Scalar.IntValue i ? Unsigned.toDouble(i) : v.asDouble();
        return ScalarConversion.cast(Scalar.ofFloat(DType.FLOAT64, sum / count), result);
    }

    /**
     * The result array: reduced axes dropped (or kept with length 1), strides assigned in the iterator's order of the
     * input's axes (largest stride outermost); empty results have all-zero strides.
     */
    private static NdArray allocateResult(NdArray a, boolean[] reduced, boolean keepdims, DType type, ViewOrigin origin) {
        int nd = a.ndim();
        long[] full = a.shape();
        for (int i = 0; i < nd; i++) {
            full[i] = reduced[i] ? 1 : full[i];
        }
        long[] shape = keepdims ? full : dropReduced(full, reduced);
        if (Shapes.size(shape) == 0) {
            return NdArray.allocate(type, shape, 'C', origin);
        }
        // the iterator allocates the result in its axis order, where length-1 and broadcast axes have no say
        int[] innermostFirst = ResultLayout.iteratorOrder(a.shape(), java.util.List.of(a));
        long[] strides = new long[nd];
        long sd = type.itemsize();
        for (int ax : innermostFirst) {
            strides[ax] = sd;
            sd *= full[ax];
        }
        return NdArray.allocateStrided(type, shape, keepdims ? strides : dropReduced(strides, reduced), 0, sd, origin);
    }

    private static long[] dropReduced(long[] xs, boolean[] reduced) {
        return java.util.stream.IntStream.range(0, xs.length).filter(i -> !reduced[i]).mapToLong(i -> xs[i]).toArray();
    }
}
