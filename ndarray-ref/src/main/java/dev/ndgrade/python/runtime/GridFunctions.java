package dev.ndgrade.python.runtime;

import static dev.ndgrade.python.runtime.NumpyModule.fn;
import static dev.ndgrade.python.runtime.NumpyModule.variadic;

import dev.ndgrade.ndarray.Copies;
import dev.ndgrade.ndarray.Creation;
import dev.ndgrade.ndarray.DType;
import dev.ndgrade.ndarray.Diagonals;
import dev.ndgrade.ndarray.Grids;
import dev.ndgrade.ndarray.NdArray;
import dev.ndgrade.ndarray.ViewOrigin;
import java.util.ArrayList;
import java.util.List;

/**
 * The {@code np.*} functions that build diagonal and triangular arrays and coordinate grids, read as NumPy's Python
 * reads its arguments; the work is done by {@link Diagonals} and {@link Grids}.
 */
final class GridFunctions {
    private GridFunctions() {
    }

    static void register(PyModule np) {
        diagonals(np);
        grids(np);
    }

    private static void diagonals(PyModule np) {
        fn(np, "diag", Params.of(1, "v", "k"),
                v -> Diagonals.diag(NumpyArgs.array(v[0]), v[1] == null ? 0 : ShapeFunctions.pythonInt(v[1], "np.diag's k")));
        fn(np, "diagflat", Params.of(1, "v", "k"),
                v -> Diagonals.diagflat(NumpyArgs.array(v[0]), v[1] == null ? 0 : ShapeFunctions.pythonInt(v[1], "np.diagflat's k")));
        fn(np, "tri", Params.of(1, "N", "M", "k", "dtype").refusing("like"), v -> {
            long n = ShapeFunctions.pythonInt(v[0], "np.tri's N");
            long m = v[1] == null || v[1] instanceof PyNone ? n : ShapeFunctions.pythonInt(v[1], "np.tri's M");
            DType t = v[3] == null ? DType.FLOAT64 : NumpyArgs.dtype(v[3]);
            NdArray mask = Diagonals.tri(n, m, v[2] == null ? 0 : ShapeFunctions.pythonInt(v[2], "np.tri's k"));
            return t.equals(DType.BOOL) ? mask : Copies.copyAs(mask, t, 'K', ViewOrigin.fresh("np.tri"));
        });
        fn(np, "tril", Params.of(1, "m", "k"), v -> triangle(v, true));
        fn(np, "triu", Params.of(1, "m", "k"), v -> triangle(v, false));
        fn(np, "identity", Params.of(1, "n", "dtype").refusing("like"), v -> {
            DType t = NumpyArgs.dtype(v[1]);
            return Creation.eye(NumpyArgs.integer(v[0]), NumpyArgs.integer(v[0]), 0, t == null ? DType.FLOAT64 : t);
        });
    }

    /** {@code np.tril}/{@code triu}: {@code where} over a tri mask of the last two axes and a zero of m's dtype. */
    private static Object triangle(Object[] v, boolean lower) {
        NdArray m = NumpyArgs.array(v[0]);
        long k = v[1] == null ? 0 : ShapeFunctions.pythonInt(v[1], "np.tril's and np.triu's k");
        if (m.ndim() == 0) {
            throw PyException.typeError("tri() missing 1 required positional argument: 'N'"); // tri(*m.shape[-2:])
        }
        long rows = m.dim(Math.max(m.ndim() - 2, 0));
        long columns = m.ndim() == 1 ? rows : m.dim(m.ndim() - 1);
        NdArray zero = Creation.zeros(new long[] {1}, m.dtype(), 'C');
        return lower ? NumpyOperators.where(Diagonals.tri(rows, columns, k), m, zero)
                : NumpyOperators.where(Diagonals.tri(rows, columns, k - 1), zero, m);
    }

    private static void grids(PyModule np) {
        variadic(np, "meshgrid", Params.of(0, "copy", "sparse", "indexing"), GridFunctions::meshgrid);
        fn(np, "indices", Params.of(1, "dimensions", "dtype", "sparse"), v -> {
            List<Object> dims = Iteration.iterate(v[0]);
            long[] dimensions = new long[dims.size()];
            for (int i = 0; i < dimensions.length; i++) {
                dimensions[i] = ShapeFunctions.pythonInt(dims.get(i), "np.indices's dimensions");
            }
            DType t = v[1] == null ? DType.INT64 : NumpyArgs.dtype(v[1]);
            return NumpyArgs.flag(v[2], false) ? PyTuple.of(new ArrayList<Object>(Grids.sparseIndices(dimensions, t)))
                    : Grids.indices(dimensions, t);
        });
        variadic(np, "ix_", Params.of(0), (positional, v) -> {
            List<NdArray> arrays = new ArrayList<>();
            for (Object a : positional) {
                NdArray x = NumpyArgs.array(a);
                // np.asarray([]) is float64: ix_ makes an empty non-array input intp
                arrays.add(!(a instanceof NdArray) && x.size() == 0 ? Creation.zeros(x.shape(), DType.INT64, 'C') : x);
            }
            return PyTuple.of(new ArrayList<Object>(Grids.ix(arrays)));
        });
        fn(np, "argwhere", Params.of(1, "a"), v -> Grids.argwhere(NumpyFunctions.truth(NumpyArgs.array(v[0]))));
        fn(np, "flatnonzero", Params.of(1, "a"), v -> Grids.flatnonzero(NumpyFunctions.truth(NumpyArgs.array(v[0]))));
    }

    /** {@code np.meshgrid(*xi, copy=True, sparse=False, indexing='xy')}. */
    private static Object meshgrid(List<Object> positional, Object[] kw) {
        Object indexing = kw[2] == null ? "xy" : kw[2];
        if (!"xy".equals(indexing) && !"ij".equals(indexing)) {
            throw PyException.valueError("Valid values for `indexing` are 'xy' and 'ij'.");
        }
        boolean copy = NumpyArgs.flag(kw[0], true);
        boolean sparse = NumpyArgs.flag(kw[1], false);
        if (!copy && !sparse) {
            // NumPy hands back broadcast_arrays' views, writeable but warning on write
            throw new UnsupportedFeature("np.meshgrid(copy=False) without sparse=True");
        }
        List<NdArray> xi = new ArrayList<>();
        for (Object x : positional) {
            xi.add(NumpyArgs.array(x));
        }
        List<Object> grids = new ArrayList<>(Grids.meshgrid(xi, copy, sparse, "xy".equals(indexing)));
        return copy ? PyTuple.of(grids) : new PyList(grids); // only the copies are made a tuple
    }
}
