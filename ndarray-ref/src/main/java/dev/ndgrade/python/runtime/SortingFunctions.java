package dev.ndgrade.python.runtime;

import dev.ndgrade.ndarray.NdArray;
import dev.ndgrade.ndarray.sorting.Searching;
import dev.ndgrade.ndarray.sorting.SortKind;
import dev.ndgrade.ndarray.sorting.Sorting;
import dev.ndgrade.ndarray.sorting.Uniques;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * {@code np.sort}, {@code np.argsort}, {@code np.searchsorted}, their ndarray methods, and {@code np.unique}: the arguments as NumPy binds
 * them ({@code a, axis=-1, kind=None, order=None, *, stable=None}; {@code a, v, side='left', sorter=None}), the work in
 * {@link Sorting} and {@link Searching}.
 */
final class SortingFunctions {
    private static final String[] PARAMETERS = {"axis", "kind", "order", "stable"};

    private SortingFunctions() {
    }

    static void register(PyModule np) {
        NumpyModule.fn(np, "sort", args -> {
            Object[] v = withArray(args.bindRequired(1, "a", "axis", "kind", "order", "stable"));
            return Sorting.sorted(NumpyArgs.array(v[0]), axis(v[1]), kind(v));
        });
        NumpyModule.fn(np, "argsort", args -> {
            Object[] v = withArray(args.bindRequired(1, "a", "axis", "kind", "order", "stable"));
            return Sorting.argsort(NumpyArgs.array(v[0]), axis(v[1]), kind(v));
        });
        NumpyModule.fn(np, "searchsorted", args -> searchsorted(args.bindRequired(2, "a", "v", "side", "sorter")));
        NumpyModule.fn(np, "unique", args -> unique(args.bindRequired(1, "ar", "return_index", "return_inverse",
                "return_counts", "axis", "equal_nan", "sorted")));
    }

    /** {@code np.unique(ar, return_index, return_inverse, return_counts)}: the array, or a tuple with those asked for. */
    private static Object unique(Object[] v) {
        if (v[4] != null && !(v[4] instanceof PyNone) || v[5] != null && !Truth.isTrue(v[5])
                || v[6] != null && !Truth.isTrue(v[6])) {
            throw new UnsupportedFeature("the axis=, equal_nan=False and sorted=False arguments of np.unique");
        }
        boolean index = NumpyArgs.flag(v[1], false);
        boolean inverse = NumpyArgs.flag(v[2], false);
        boolean counts = NumpyArgs.flag(v[3], false);
        Uniques.Result r = Uniques.of(NumpyArgs.array(v[0]), index, inverse, counts);
        if (!index && !inverse && !counts) {
            return r.values();
        }
        List<Object> out = new ArrayList<>(List.of(r.values()));
        Stream.of(r.index(), r.inverse(), r.counts()).filter(Objects::nonNull).forEach(out::add);
        return PyTuple.of(out);
    }

    /** {@code a.searchsorted(v, side='left', sorter=None)}. */
    static Object searchsortedMethod(NdArray a, Args args) {
        Object[] v = args.bindRequired(1, "v", "side", "sorter");
        return searchsorted(new Object[] {a, v[0], v[1], v[2]});
    }

    private static Object searchsorted(Object[] v) {
        if (v[3] != null && !(v[3] instanceof PyNone)) {
            throw new UnsupportedFeature("the sorter= argument of searchsorted");
        }
        return Searching.searchsorted(NumpyArgs.array(v[0]), NumpyOperators.operand(v[1]), rightSide(v[2]));
    }

    /** NumPy's side converter: exactly 'left' or 'right'; its two messages for anything else. */
    private static boolean rightSide(Object side) {
        if (side == null || side instanceof PyNone) {
            return false;
        }
        if (!(side instanceof String s)) {
            throw PyException.typeError("search side must be str, not " + Types.shortName(side));
        }
        if (s.equals("left") || s.equals("right")) {
            return s.equals("right");
        }
        if (!s.isEmpty() && "lLrR".indexOf(s.charAt(0)) >= 0) {
            throw PyException.valueError("search side must be one of 'left' or 'right'");
        }
        throw PyException.valueError("search side must be 'left' or 'right' (got '" + s + "')");
    }

    /** {@code a.sort(axis=-1, kind=None, order=None, *, stable=None)}: in place, returns None. */
    static Object sortMethod(NdArray a, Args args) {
        Object[] v = withArray(ScanFunctions.prepend(a, args.bind(PARAMETERS)));
        if (v[1] instanceof PyNone) {
            throw PyException.typeError("'NoneType' object cannot be interpreted as an integer");
        }
        Sorting.sortInPlace(a, (int) NumpyArgs.integer(v[1]), kind(v));
        return PyNone.NONE;
    }

    /** {@code a.argsort(axis=-1, kind=None, order=None, *, stable=None)}. */
    static Object argsortMethod(NdArray a, Args args) {
        Object[] v = withArray(ScanFunctions.prepend(a, args.bind(PARAMETERS)));
        return Sorting.argsort(a, axis(v[1]), kind(v));
    }

    /** Defaults filled in; structured {@code order=} and NumPy 2's {@code stable=} are not supported. */
    private static Object[] withArray(Object[] v) {
        if (v[3] != null && !(v[3] instanceof PyNone) || v[4] != null && !(v[4] instanceof PyNone)) {
            throw new UnsupportedFeature("the order= and stable= arguments of sort and argsort");
        }
        if (v[1] == null) {
            v[1] = Ints.of(-1);
        }
        return v;
    }

    /** The axis; None means the flattened array. */
    private static Integer axis(Object v) {
        return v instanceof PyNone ? null : (int) NumpyArgs.integer(v);
    }

    private static SortKind kind(Object[] v) {
        Object k = v[2];
        if (k == null || k instanceof PyNone) {
            return SortKind.parse(null);
        }
        if (!(k instanceof String s)) {
            throw PyException.typeError("sort kind must be str, not " + Types.shortName(k));
        }
        return SortKind.parse(s);
    }
}
