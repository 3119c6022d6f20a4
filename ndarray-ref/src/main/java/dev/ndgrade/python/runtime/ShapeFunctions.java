package dev.ndgrade.python.runtime;

import static dev.ndgrade.python.runtime.NumpyModule.fn;
import static dev.ndgrade.python.runtime.NumpyModule.variadic;

import dev.ndgrade.ndarray.Axes;
import dev.ndgrade.ndarray.Blocks;
import dev.ndgrade.ndarray.Copies;
import dev.ndgrade.ndarray.Creation;
import dev.ndgrade.ndarray.DType;
import dev.ndgrade.ndarray.Flipping;
import dev.ndgrade.ndarray.Index;
import dev.ndgrade.ndarray.Joining;
import dev.ndgrade.ndarray.NdArray;
import dev.ndgrade.ndarray.Repetition;
import dev.ndgrade.ndarray.Rolling;
import dev.ndgrade.ndarray.Scalar;
import dev.ndgrade.ndarray.Splicing;
import dev.ndgrade.ndarray.Stacking;
import dev.ndgrade.ndarray.ViewOrigin;
import dev.ndgrade.ndarray.ufunc.TypePromotion;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;

/**
 * The {@code np.*} functions that flip, roll, add axes to, stack, split, repeat and splice arrays: Python arguments
 * read as NumPy's Python code reads them, the work done by {@link Flipping}, {@link Rolling}, {@link Stacking},
 * {@link Joining}, {@link Repetition}, {@link Splicing} and {@link Blocks}.
 */
final class ShapeFunctions {
    private ShapeFunctions() {
    }

    static void register(PyModule np) {
        flips(np);
        stacks(np);
        repetitions(np);
        splices(np);
    }

    private static void flips(PyModule np) {
        fn(np, "flip", Params.of(1, "m", "axis"), v -> Flipping.flip(arrayWithNdim(v[0], "np.flip"), axisTuple(v[1])));
        fn(np, "fliplr", Params.of(1, "m"), v -> Flipping.fliplr(NumpyArgs.array(v[0])));
        fn(np, "flipud", Params.of(1, "m"), v -> Flipping.flipud(NumpyArgs.array(v[0])));
        fn(np, "rot90", Params.of(1, "m", "k", "axes"), ShapeFunctions::rot90);
        fn(np, "roll", Params.of(2, "a", "shift", "axis"),
                v -> Rolling.roll(NumpyArgs.array(v[0]), shifts(v[1]), axisTuple(v[2])));
        fn(np, "rollaxis", Params.of(2, "a", "axis", "start"), v -> {
            if (!(v[0] instanceof NdArray a)) {
                throw PyException.attributeError(Types.shortName(v[0]), "ndim"); // NumPy reads a.ndim first
            }
            return Axes.rollaxis(a, NumpyArgs.integer(v[1]), v[2] == null ? 0 : pythonInt(v[2], "np.rollaxis's start"));
        });
    }

    private static void stacks(PyModule np) {
        for (int n = 1; n <= 3; n++) {
            int ndim = n;
            variadic(np, "atleast_" + n + "d", Params.of(0), (arys, v) -> atLeast(arys, ndim));
        }
        Params castable = Params.of(1, "tup", "dtype", "casting").positional(1).refusing("dtype", "casting");
        stacking(np, "hstack", castable, Stacking::hstack);
        stacking(np, "vstack", castable, Stacking::vstack);
        stacking(np, "dstack", Params.of(1, "tup"), Stacking::dstack);
        stacking(np, "column_stack", Params.of(1, "tup"), Stacking::columnStack);
        for (Joining.Direction d : Joining.Direction.values()) {
            fn(np, d.function(), Params.of(2, "ary", "indices_or_sections"), v -> {
                NdArray a = NumpyArgs.array(v[0]);
                int axis = d.axisFor(a);
                if (d == Joining.Direction.HORIZONTAL && !(v[0] instanceof NdArray)) {
                    // NumPy's Python checks np.ndim(ary), then reads ary.ndim
                    throw PyException.attributeError(Types.shortName(v[0]), "ndim");
                }
                return NumpyFunctions.splitArray(v[0], a, v[1], axis, true);
            });
        }
        fn(np, "block", Params.of(1, "arrays"), v -> Blocks.block(block(v[0]), TypePromotion::promoteTypes));
        fn(np, "append", Params.of(2, "arr", "values", "axis"), v -> {
            NdArray arr = NumpyArgs.array(v[0]);
            NdArray values = NumpyArgs.array(v[1]);
            return Stacking.append(arr, values, optionalAxis(v[2]), NumpyFunctions.commonType(List.of(arr, values)));
        });
    }

    private static void repetitions(PyModule np) {
        fn(np, "repeat", Params.of(2, "a", "repeats", "axis"), v -> repeat(NumpyArgs.array(v[0]), v[1], v[2]));
        fn(np, "tile", Params.of(2, "A", "reps"),
                v -> Repetition.tile(NumpyArgs.array(v[0]), v[0] instanceof NdArray, pythonInts(v[1], "np.tile's reps")));
        fn(np, "resize", Params.of(2, "a", "new_shape"),
                v -> Repetition.resize(NumpyArgs.array(v[0]), pythonInts(v[1], "np.resize's new_shape")));
    }

    private static void splices(PyModule np) {
        fn(np, "delete", Params.of(2, "arr", "obj", "axis"), v -> delete(NumpyArgs.array(v[0]), v[1], optionalAxis(v[2])));
        fn(np, "insert", Params.of(3, "arr", "obj", "values", "axis"),
                v -> insert(NumpyArgs.array(v[0]), v[1], v[2], optionalAxis(v[3])));
    }

    /** {@code a.repeat(repeats, axis)} and {@code np.repeat}: integer counts, one or a 1-d sequence. */
    static NdArray repeat(NdArray a, Object repeats, Object axis) {
        List<Object> items = repeats instanceof PyList || repeats instanceof PyTuple || repeats instanceof NdArray r && r.ndim() == 1
                ? Iteration.iterate(repeats) : List.of(repeats);
        long[] counts = new long[items.size()];
        for (int i = 0; i < counts.length; i++) {
            Long c = Subscripts.asIndex(items.get(i) instanceof NdArray z && z.ndim() == 0 ? z.item() : items.get(i));
            if (c == null) {
                throw new UnsupportedFeature("repeat counts of type " + Types.shortName(items.get(i)));
            }
            counts[i] = c;
        }
        if (counts.length == 0) {
            throw new UnsupportedFeature("an empty sequence of repeat counts");
        }
        return Repetition.repeat(a, counts, axis == null || axis instanceof PyNone ? null : NumpyArgs.integer(axis));
    }

    /** np.delete by one integer, a slice, or an array of integers or booleans (as NumPy's Python tells them apart). */
    private static NdArray delete(NdArray arr, Object obj, Long axis) {
        if (obj instanceof PySlice s) {
            return Splicing.deleteSlice(arr, new Index.Slice(Subscripts.sliceBound(s.start()), Subscripts.sliceBound(s.stop()),
                    Subscripts.sliceBound(s.step())), axis);
        }
        if (isInteger(obj)) {
            return Splicing.deleteAt(arr, Subscripts.asIndex(obj), axis);
        }
        NdArray indices = NumpyArgs.array(obj);
        if (indices.size() == 0 && !(obj instanceof NdArray)) {
            indices = Creation.zeros(indices.shape(), DType.INT64, 'C'); // np.asarray([]) is float: made intp
        } else if (indices.size() == 1 && indices.dtype() instanceof DType.Int) {
            return Splicing.deleteAt(arr, Subscripts.asIndex(indices.item()), axis);
        }
        if (!(indices.dtype() instanceof DType.Int || indices.dtype() instanceof DType.Bool)) {
            throw new UnsupportedFeature("np.delete with indices of dtype " + indices.dtype().name());
        }
        return Splicing.deleteAll(arr, indices, axis);
    }

    /** np.insert at one index: a Python or NumPy integer, or a list of one Python int (which inserts a block). */
    private static NdArray insert(NdArray arr, Object obj, Object values, Long axis) {
        boolean scalar = isInteger(obj);
        Object single = scalar ? obj : obj instanceof PyList l && l.items().size() == 1 && l.items().get(0) instanceof BigInteger b ? b : null;
        if (single == null) {
            throw new UnsupportedFeature("np.insert at other than one integer index");
        }
        // np.array(values, copy=None, dtype=arr.dtype): NumPy values are cast, Python ones converted
        NdArray src = values instanceof NdArray a ? a : values instanceof Scalar sc ? ArrayConversion.zeroD(sc) : null;
        NdArray given = src == null ? ArrayConversion.asArray(values, arr.dtype()) : src.dtype().equals(arr.dtype()) ? src
                : Copies.copyAs(src, arr.dtype(), 'K', ViewOrigin.copy("np.insert", "values cast to the array's dtype"));
        return Splicing.insertAt(arr, Subscripts.asIndex(single), scalar, given, axis);
    }

    /** {@code isinstance(obj, (int, np.integer)) and not isinstance(obj, bool)}. */
    private static boolean isInteger(Object obj) {
        return obj instanceof BigInteger || obj instanceof Scalar.IntValue;
    }

    /** np.block's argument as blocks: lists nest, tuples are kept to be refused in NumPy's order, the rest are arrays. */
    private static Blocks.Block block(Object v) {
        if (v instanceof PyList l) {
            return new Blocks.Nested(l.items().stream().map(ShapeFunctions::block).toList());
        }
        return v instanceof PyTuple ? new Blocks.Tuple() : new Blocks.Leaf(NumpyArgs.array(v));
    }

    /** An axis argument that may be None (null). */
    private static Long optionalAxis(Object v) {
        return v == null || v instanceof PyNone ? null : NumpyArgs.integer(v);
    }

    /** One Python int or a list or tuple of them (see {@link #pythonInt}). */
    private static long[] pythonInts(Object v, String what) {
        List<Object> items = v instanceof PyList || v instanceof PyTuple ? Iteration.iterate(v) : List.of(v);
        long[] out = new long[items.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = pythonInt(items.get(i), what);
        }
        return out;
    }

    /** An integer NumPy's Python does arithmetic on: Python ints only, so every message and result is Python's. */
    static long pythonInt(Object v, String what) {
        if (!(v instanceof BigInteger)) {
            throw new UnsupportedFeature(what + " of type " + Types.shortName(v));
        }
        return NumpyArgs.integer(v);
    }

    /** NumPy's Python functions that take {@code m.ndim} directly: a NumPy scalar would be indexed as a scalar. */
    private static NdArray arrayWithNdim(Object v, String function) {
        if (v instanceof Scalar) {
            throw new UnsupportedFeature(function + " of a NumPy scalar");
        }
        return NumpyArgs.array(v);
    }

    /** {@code normalize_axis_tuple}'s reading of an axis argument: None, one integer, or a list or tuple of them. */
    private static long[] axisTuple(Object v) {
        if (v == null || v instanceof PyNone) {
            return null;
        }
        if (v instanceof PyList || v instanceof PyTuple) {
            return NumpyArgs.shape(v);
        }
        if (Subscripts.asIndex(v) == null) {
            throw new UnsupportedFeature("an axis of type " + Types.shortName(v));
        }
        return new long[] {Subscripts.asIndex(v)};
    }

    /** np.roll's shift: NumPy takes int() of each; only integers are read here. */
    private static long[] shifts(Object v) {
        List<Object> items = v instanceof PyList || v instanceof PyTuple ? Iteration.iterate(v) : List.of(v);
        long[] out = new long[items.size()];
        for (int i = 0; i < out.length; i++) {
            Long shift = Subscripts.asIndex(items.get(i));
            if (shift == null) {
                throw new UnsupportedFeature("np.roll shifts of type " + Types.shortName(items.get(i)));
            }
            out[i] = shift;
        }
        return out;
    }

    private static Object rot90(Object[] v) {
        List<Object> axes = v[2] == null ? List.of(BigInteger.ZERO, BigInteger.ONE) : Iteration.iterate(v[2]);
        if (axes.size() != 2) {
            throw PyException.valueError("len(axes) must be 2.");
        }
        if (!(axes.get(0) instanceof BigInteger && axes.get(1) instanceof BigInteger)) {
            throw new UnsupportedFeature("np.rot90 axes other than Python ints");
        }
        NdArray m = NumpyArgs.array(v[0]);
        Object k = v[1] == null ? BigInteger.ONE : v[1];
        if (Subscripts.asIndex(k) == null) {
            throw new UnsupportedFeature("np.rot90 with k of type " + Types.shortName(k));
        }
        return Flipping.rot90(m, Subscripts.asIndex(k), NumpyArgs.integer(axes.get(0)), NumpyArgs.integer(axes.get(1)));
    }

    /** {@code atleast_Nd(*arys)}: one array for one argument, else a tuple of them. */
    private static Object atLeast(List<Object> arys, int n) {
        List<Object> out = new ArrayList<>();
        for (Object a : arys) {
            out.add(Stacking.atLeast(NumpyArgs.array(a), n));
        }
        return out.size() == 1 ? out.get(0) : PyTuple.of(out);
    }

    /** A stacking function of one sequence of arrays (hstack and vstack refuse their keyword-only dtype and casting). */
    private static void stacking(PyModule np, String name, Params params, BiFunction<List<NdArray>, DType, NdArray> stack) {
        fn(np, name, params, v -> {
            if (!(v[0] instanceof PyList || v[0] instanceof PyTuple || v[0] instanceof NdArray)) {
                throw new UnsupportedFeature("np." + name + " of a " + Types.shortName(v[0]));
            }
            List<NdArray> arrays = NumpyFunctions.arrays(v[0]);
            return stack.apply(arrays, NumpyFunctions.commonType(arrays));
        });
    }
}
