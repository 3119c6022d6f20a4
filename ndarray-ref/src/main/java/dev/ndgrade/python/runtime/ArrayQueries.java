package dev.ndgrade.python.runtime;

import dev.ndgrade.ndarray.Broadcasting;
import dev.ndgrade.ndarray.Copies;
import dev.ndgrade.ndarray.DType;
import dev.ndgrade.ndarray.IndexArrays;
import dev.ndgrade.ndarray.NdArray;
import dev.ndgrade.ndarray.NumpyException;
import dev.ndgrade.ndarray.ViewOrigin;
import dev.ndgrade.python.syntax.CompareOperator;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * {@code np.*} functions that ask about arrays rather than make them: array_equal, array_equiv, isfortran,
 * broadcast_shapes, broadcast_arrays (of arrays already broadcast), ravel_multi_index, unravel_index, and require (which copies only when asked flags are missing).
 */
final class ArrayQueries {
    private ArrayQueries() {
    }

    static void register(PyModule np) {
        NumpyModule.fn(np, "array_equal", args -> {
            Object[] v = args.bindRequired(2, "a1", "a2", "equal_nan");
            if (NumpyArgs.flag(v[2], false)) {
                throw new UnsupportedFeature("np.array_equal(equal_nan=True)");
            }
            NdArray[] both = asArrays(v[0], v[1]);
            return both != null && Arrays.equals(both[0].shape(), both[1].shape()) && allEqual(both[0], both[1]);
        });
        NumpyModule.fn(np, "array_equiv", args -> {
            Object[] v = args.bindRequired(2, "a1", "a2");
            NdArray[] both = asArrays(v[0], v[1]);
            if (both == null) {
                return false;
            }
            try {
                Broadcasting.shape(List.of(both[0].shape(), both[1].shape()));
            } catch (NumpyException e) {
                return false;
            }
            return allEqual(both[0], both[1]);
        });
        NumpyModule.fn(np, "isfortran", args -> {
            Object a = args.bindRequired(1, "a")[0];
            if (!(a instanceof NdArray arr)) {
                throw PyException.attributeError(Types.shortName(a), "flags"); // NumPy reads a.flags.fnc
            }
            return arr.fContiguous() && !arr.cContiguous();
        });
        NumpyModule.fn(np, "broadcast_shapes", ArrayQueries::broadcastShapes);
        NumpyModule.fn(np, "broadcast_arrays", ArrayQueries::broadcastArrays);
        NumpyModule.fn(np, "unravel_index", ArrayQueries::unravelIndex);
        NumpyModule.fn(np, "require", ArrayQueries::require);
        NumpyModule.fn(np, "ravel_multi_index", ArrayQueries::ravelMultiIndex);
    }

    /** Both as arrays, or null where NumPy's {@code except Exception: return False} would answer. */
    private static NdArray[] asArrays(Object a1, Object a2) {
        try {
            return new NdArray[] {NumpyArgs.array(a1), NumpyArgs.array(a2)};
        } catch (PyException | NumpyException e) {
            return null;
        }
    }

    /** {@code bool((a1 == a2).all())}. */
    private static boolean allEqual(NdArray a1, NdArray a2) {
        Object eq = NumpyOperators.compare(CompareOperator.EQ, a1, a2);
        return Truth.isTrue(NumpyOperators.reduce("all", NumpyArgs.array(eq), null, null, false));
    }

    /** {@code np.broadcast_shapes(*args)}: each shape made an empty bool array first, so negative sizes are refused. */
    private static Object broadcastShapes(Args args) {
        args.noKeywords();
        List<long[]> shapes = new ArrayList<>();
        for (Object s : args.positional()) {
            long[] shape = NumpyArgs.shape(s);
            if (Arrays.stream(shape).anyMatch(d -> d < 0)) {
                throw PyException.valueError("negative dimensions are not allowed");
            }
            shapes.add(shape);
        }
        return NumpyArgs.tuple(Broadcasting.objectsShape(shapes));
    }

    /** {@code np.ravel_multi_index(multi_index, dims, mode='raise', order='C')}: a NumPy int for scalar coordinates. */
    private static Object ravelMultiIndex(Args args) {
        Object[] v = args.bindRequired(2, "multi_index", "dims", "mode", "order");
        Object mode = v[2] == null ? "raise" : v[2];
        if (!("raise".equals(mode) || "wrap".equals(mode) || "clip".equals(mode))) {
            throw new UnsupportedFeature("np.ravel_multi_index's mode " + Repr.repr(mode));
        }
        char order = NumpyArgs.order(v[3], 'C');
        if (order != 'C' && order != 'F') {
            throw PyException.valueError("only 'C' or 'F' order is permitted");
        }
        List<NdArray> coords = new ArrayList<>();
        for (Object c : Iteration.iterate(v[0])) {
            NdArray a = NumpyArgs.array(c);
            if (!(a.dtype() instanceof DType.Int) || a.ndim() > 1 && !a.cContiguous()) {
                // other dtypes are cast by NumPy's rules; other layouts decide the result's (its iterator keeps them)
                throw new UnsupportedFeature("np.ravel_multi_index of non-integer or non-C-ordered coordinates");
            }
            coords.add(a);
        }
        NdArray out = IndexArrays.ravelMultiIndex(coords, NumpyArgs.shape(v[1]), (String) mode, order);
        return out.ndim() == 0 ? out.item() : out;
    }

    /**
     * {@code np.broadcast_arrays(*args)} where every array already has the broadcast shape: the arrays themselves.
     * NumPy's other results are broadcast views that warn when written, which the reference does not model.
     */
    private static Object broadcastArrays(Args args) {
        new Args(args.function(), List.of(), args.keywords(), args.style()).bind("subok"); // the subset has no subclasses
        List<NdArray> arrays = new ArrayList<>();
        for (Object a : args.positional()) {
            arrays.add(NumpyArgs.array(a));
        }
        long[] shape = Broadcasting.objectsShape(arrays.stream().map(NdArray::shape).toList());
        if (arrays.stream().anyMatch(a -> !Arrays.equals(a.shape(), shape))) {
            throw new UnsupportedFeature("np.broadcast_arrays views (NumPy marks them to warn when written)");
        }
        return PyTuple.of(new ArrayList<Object>(arrays));
    }

    /** {@code np.unravel_index(indices, shape, order='C')}: a tuple of NumPy ints for one index, of views otherwise. */
    private static Object unravelIndex(Args args) {
        Object[] v = args.bindRequired(2, "indices", "shape", "order");
        NdArray indices = NumpyArgs.array(v[0]);
        if (!(v[0] instanceof NdArray) && indices.size() == 0 && indices.dtype().equals(DType.FLOAT64)) {
            throw PyException.typeError("indices must be integral: the provided empty sequence was inferred as float. "
                    + "Wrap it with 'np.array(indices, dtype=np.intp)'");
        }
        if (!(indices.dtype() instanceof DType.Int)) {
            throw new UnsupportedFeature("np.unravel_index of " + indices.dtype().name() + " indices");
        }
        char order = NumpyArgs.order(v[2], 'C');
        if (order != 'C' && order != 'F') {
            throw PyException.valueError("only 'C' or 'F' order is permitted");
        }
        List<Object> out = new ArrayList<>();
        for (NdArray coordinate : IndexArrays.unravel(indices, NumpyArgs.shape(v[1]), order)) {
            out.add(coordinate.ndim() == 0 ? coordinate.item() : coordinate); // PyArray_Return
        }
        return PyTuple.of(out);
    }

    private static final Map<String, Character> REQUIREMENTS = Map.ofEntries(Map.entry("C", 'C'), Map.entry("C_CONTIGUOUS", 'C'),
            Map.entry("CONTIGUOUS", 'C'), Map.entry("F", 'F'), Map.entry("F_CONTIGUOUS", 'F'), Map.entry("FORTRAN", 'F'),
            Map.entry("A", 'A'), Map.entry("ALIGNED", 'A'), Map.entry("W", 'W'), Map.entry("WRITEABLE", 'W'),
            Map.entry("O", 'O'), Map.entry("OWNDATA", 'O'), Map.entry("E", 'E'), Map.entry("ENSUREARRAY", 'E'));

    /**
     * {@code np.require(a, dtype, requirements)}: {@code np.array(a, dtype, order, copy=None)}, then one copy in that
     * order if a required flag (aligned, writeable, owndata) is still missing.
     */
    private static Object require(Args args) {
        Object[] v = args.bindRequired(1, "a", "dtype", "requirements");
        Map<String, Object> keywords = new HashMap<>();
        keywords.put("copy", PyNone.NONE);
        if (v[1] != null) {
            keywords.put("dtype", v[1]);
        }
        if (v[2] == null || v[2] instanceof PyNone || !Truth.isTrue(v[2])) {
            return NumpyFunctions.array(new Args("asanyarray()", List.of(v[0]), keywords, Args.CallStyle.NUMPY_C), null);
        }
        Set<Character> wanted = new HashSet<>();
        for (Object x : Iteration.iterate(v[2])) {
            if (!(x instanceof String name)) {
                throw new UnsupportedFeature("np.require requirements other than str");
            }
            Character flag = REQUIREMENTS.get(name.toUpperCase(Locale.ROOT));
            if (flag == null) {
                throw PyException.keyError(name.toUpperCase(Locale.ROOT));
            }
            wanted.add(flag);
        }
        wanted.remove('E'); // no ndarray subclasses in the subset
        if (wanted.contains('C') && wanted.contains('F')) {
            throw PyException.valueError("Cannot specify both \"C\" and \"F\" order");
        }
        char order = wanted.remove('F') ? 'F' : wanted.remove('C') ? 'C' : 'A';
        keywords.put("order", String.valueOf(order));
        NdArray arr = (NdArray) NumpyFunctions.array(new Args("array()", List.of(v[0]), keywords, Args.CallStyle.NUMPY_C), Boolean.TRUE);
        boolean missing = wanted.contains('A') && !arr.aligned() || wanted.contains('W') && !arr.writeable()
                || wanted.contains('O') && !arr.ownsData();
        return missing ? Copies.copy(arr, order, ViewOrigin.copy("np.require", "a required flag was missing, so np.require copied")) : arr;
    }
}
