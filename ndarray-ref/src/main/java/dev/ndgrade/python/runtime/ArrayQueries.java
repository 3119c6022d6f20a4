package dev.ndgrade.python.runtime;

import static dev.ndgrade.python.runtime.NumpyModule.fn;
import static dev.ndgrade.python.runtime.NumpyModule.variadic;

import dev.ndgrade.ndarray.Broadcasting;
import dev.ndgrade.ndarray.Copies;
import dev.ndgrade.ndarray.DType;
import dev.ndgrade.ndarray.IndexArrays;
import dev.ndgrade.ndarray.NdArray;
import dev.ndgrade.ndarray.error.NumpyException;
import dev.ndgrade.ndarray.ViewOrigin;
import dev.ndgrade.python.syntax.CompareOperator;
import java.util.ArrayList;
import java.util.Arrays;
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
        fn(np, "array_equal", Params.of(2, "a1", "a2", "equal_nan"), v -> {
            if (NumpyArgs.flag(v[2], false)) {
                throw new UnsupportedFeature("np.array_equal(equal_nan=True)");
            }
            NdArray[] both = asArrays(v[0], v[1]);
            return both != null && Arrays.equals(both[0].shape(), both[1].shape()) && allEqual(both[0], both[1]);
        });
        fn(np, "array_equiv", Params.of(2, "a1", "a2"), v -> {
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
        fn(np, "isfortran", Params.of(1, "a"), v -> {
            if (!(v[0] instanceof NdArray arr)) {
                throw PyException.attributeError(Types.shortName(v[0]), "flags"); // NumPy reads a.flags.fnc
            }
            return arr.fContiguous() && !arr.cContiguous();
        });
        variadic(np, "broadcast_shapes", Params.of(0), (shapes, v) -> broadcastShapes(shapes));
        // subok: the subset has no ndarray subclasses, so either value gives ndarrays
        variadic(np, "broadcast_arrays", Params.of(0, "subok"), (arrays, v) -> broadcastArrays(arrays));
        fn(np, "unravel_index", Params.of(2, "indices", "shape", "order"), ArrayQueries::unravelIndex);
        fn(np, "require", Params.of(1, "a", "dtype", "requirements").refusing("like"), ArrayQueries::require);
        fn(np, "ravel_multi_index", Params.of(2, "multi_index", "dims", "mode", "order"), ArrayQueries::ravelMultiIndex);
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
    private static Object broadcastShapes(List<Object> args) {
        List<long[]> shapes = new ArrayList<>();
        for (Object s : args) {
            long[] shape = NumpyArgs.shape(s);
            if (Arrays.stream(shape).anyMatch(d -> d < 0)) {
                throw PyException.valueError("negative dimensions are not allowed");
            }
            shapes.add(shape);
        }
        return NumpyArgs.tuple(Broadcasting.objectsShape(shapes));
    }

    /** {@code np.ravel_multi_index(multi_index, dims, mode='raise', order='C')}: a NumPy int for scalar coordinates. */
    private static Object ravelMultiIndex(Object[] v) {
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
    private static Object broadcastArrays(List<Object> args) {
        List<NdArray> arrays = new ArrayList<>();
        for (Object a : args) {
            arrays.add(NumpyArgs.array(a));
        }
        long[] shape = Broadcasting.objectsShape(arrays.stream().map(NdArray::shape).toList());
        if (arrays.stream().anyMatch(a -> !Arrays.equals(a.shape(), shape))) {
            throw new UnsupportedFeature("np.broadcast_arrays views (NumPy marks them to warn when written)");
        }
        return PyTuple.of(new ArrayList<Object>(arrays));
    }

    /** {@code np.unravel_index(indices, shape, order='C')}: a tuple of NumPy ints for one index, of views otherwise. */
    private static Object unravelIndex(Object[] v) {
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
    private static Object require(Object[] v) {
        if (v[2] == null || v[2] instanceof PyNone || !Truth.isTrue(v[2])) {
            return NumpyFunctions.array(new Object[] {v[0], v[1], PyNone.NONE, null, null, null}, null); // np.asanyarray
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
        NdArray arr = (NdArray) NumpyFunctions.array(new Object[] {v[0], v[1], PyNone.NONE, String.valueOf(order), null, null}, Boolean.TRUE);
        boolean missing = wanted.contains('A') && !arr.aligned() || wanted.contains('W') && !arr.writeable()
                || wanted.contains('O') && !arr.ownsData();
        return missing ? Copies.copy(arr, order, ViewOrigin.copy("np.require", "a required flag was missing, so np.require copied")) : arr;
    }
}
