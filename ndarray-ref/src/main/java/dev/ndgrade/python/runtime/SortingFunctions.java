package dev.ndgrade.python.runtime;

import dev.ndgrade.ndarray.NdArray;
import dev.ndgrade.ndarray.sorting.Searching;
import dev.ndgrade.ndarray.sorting.SortKind;
import dev.ndgrade.ndarray.sorting.Sorting;
import dev.ndgrade.ndarray.sorting.Uniques;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * {@code np.sort}, {@code np.argsort}, {@code np.searchsorted}, their ndarray methods, and {@code np.unique}: the arguments as NumPy binds
 * them ({@code a, axis=-1, kind=None, order=None, *, stable=None}; {@code a, v, side='left', sorter=None}), the work in
 * {@link Sorting} and {@link Searching}.
 */
final class SortingFunctions {
    private static final String[] SORT = {"axis", "kind", "order", "stable"};

    private SortingFunctions() {
    }

    static void register(PyModule np) {
        Params sort = Params.of(1, prepend("a", SORT)).positional(4).refusing("order", "stable");
        NumpyModule.fn(np, "sort", sort, v -> Sorting.sorted(NumpyArgs.array(v[0]), axis(v[1]), kind(v[2])));
        NumpyModule.fn(np, "argsort", sort, v -> Sorting.argsort(NumpyArgs.array(v[0]), axis(v[1]), kind(v[2])));
        NumpyModule.fn(np, "searchsorted", Params.of(2, "a", "v", "side", "sorter").refusing("sorter"),
                v -> searchsorted(NumpyArgs.array(v[0]), v[1], v[2]));
        NumpyModule.fn(np, "unique", Params.of(1, "ar", "return_index", "return_inverse", "return_counts", "axis",
                "equal_nan", "sorted").positional(5).refusing("axis", "equal_nan", "sorted"), SortingFunctions::unique);
    }

    /** {@code a.sort(...)} (in place, returns None), {@code a.argsort(...)} and {@code a.searchsorted(v, ...)}. */
    static void methods(Map<String, ArrayMethods.ArrayMethod> t) {
        Params sort = Params.of(0, SORT).positional(3).refusing("order", "stable");
        ArrayMethods.bound(t, "sort", sort, (a, v) -> {
            if (v[0] instanceof PyNone) {
                throw PyException.typeError("'NoneType' object cannot be interpreted as an integer");
            }
            Sorting.sortInPlace(a, axis(v[0]), kind(v[1]));
            return PyNone.NONE;
        });
        ArrayMethods.bound(t, "argsort", sort, (a, v) -> Sorting.argsort(a, axis(v[0]), kind(v[1])));
        ArrayMethods.bound(t, "searchsorted", Params.of(1, "v", "side", "sorter").refusing("sorter"),
                (a, v) -> searchsorted(a, v[0], v[1]));
    }

    private static String[] prepend(String first, String[] rest) {
        return Stream.concat(Stream.of(first), Stream.of(rest)).toArray(String[]::new);
    }

    /** {@code np.unique(ar, return_index, return_inverse, return_counts)}: the array, or a tuple with those asked for. */
    private static Object unique(Object[] v) {
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

    private static Object searchsorted(NdArray a, Object v, Object side) {
        return Searching.searchsorted(a, NumpyOperators.operand(v), rightSide(side));
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

    /** The axis: -1 when not given; None means the flattened array. */
    private static Integer axis(Object v) {
        if (v == null) {
            return -1;
        }
        return v instanceof PyNone ? null : (int) NumpyArgs.integer(v);
    }

    private static SortKind kind(Object k) {
        if (k == null || k instanceof PyNone) {
            return SortKind.parse(null);
        }
        if (!(k instanceof String s)) {
            throw PyException.typeError("sort kind must be str, not " + Types.shortName(k));
        }
        return SortKind.parse(s);
    }
}
