package dev.ndgrade.ndarray;

import dev.ndgrade.ndarray.error.NumpyException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Coordinate grids and index helpers written in NumPy's Python: meshgrid, indices, ix_, argwhere, flatnonzero.
 * Their sparse forms are reshape views of the inputs (or of a fresh arange); dense ones are fresh copies.
 */
public final class Grids {
    private Grids() {
    }

    /** {@code a.reshape((1,)*axis + (-1,) + (1,)*(ndim-axis-1))}: {@code a} stretched along one axis of ndim. */
    private static NdArray along(NdArray a, int axis, int ndim, String operation) {
        long[] shape = new long[ndim];
        Arrays.fill(shape, 1);
        shape[axis] = -1;
        return Reshaping.reshape(a, shape, 'C', null, ViewOrigin.view(operation, "each input is reshaped along its own axis, which is a view"));
    }

    /**
     * {@code np.meshgrid(*xi, copy, sparse, indexing)} for copy or sparse grids ('xy' swaps the first two axes).
     * Without sparse the views are broadcast to the full grid before being copied.
     */
    public static List<NdArray> meshgrid(List<NdArray> xi, boolean copy, boolean sparse, boolean xy) {
        int ndim = xi.size();
        List<NdArray> out = new ArrayList<>();
        for (int i = 0; i < ndim; i++) {
            int axis = xy && ndim > 1 && i < 2 ? 1 - i : i;
            out.add(along(xi.get(i), axis, ndim, "np.meshgrid"));
        }
        if (!sparse) {
            long[] shape = Broadcasting.shape(out.stream().map(NdArray::shape).toList());
            out.replaceAll(a -> StrideTricks.broadcastTo(a, shape));
        }
        if (copy) {
            out.replaceAll(a -> Copies.copy(a, 'C', ViewOrigin.copy("np.meshgrid", "meshgrid copies each grid unless copy=False")));
        }
        return out;
    }

    /** {@code np.indices(dimensions, dtype, sparse=True)}: one reshaped arange per axis, each a view of its arange. */
    public static List<NdArray> sparseIndices(long[] dimensions, DType t) {
        List<NdArray> out = new ArrayList<>();
        for (int i = 0; i < dimensions.length; i++) {
            out.add(along(Creation.arange(0, dimensions[i], 1, t), i, dimensions.length, "np.indices"));
        }
        return out;
    }

    /** {@code np.indices(dimensions, dtype)}: a fresh (N, *dimensions) array whose i-th entry counts along axis i. */
    public static NdArray indices(long[] dimensions, DType t) {
        long[] shape = new long[dimensions.length + 1];
        shape[0] = dimensions.length;
        System.arraycopy(dimensions, 0, shape, 1, dimensions.length);
        NdArray res = NdArray.allocate(t, shape, 'C', ViewOrigin.fresh("np.indices"));
        List<NdArray> sparse = sparseIndices(dimensions, t);
        for (int i = 0; i < dimensions.length; i++) {
            Indexing.set(res, List.of(Index.at(i)), sparse.get(i));
        }
        return res;
    }

    /** {@code np.ix_(*args)} of arrays: 1-d each (booleans become their nonzero positions), reshaped to cross. */
    public static List<NdArray> ix(List<NdArray> args) {
        List<NdArray> out = new ArrayList<>();
        for (int k = 0; k < args.size(); k++) {
            NdArray a = args.get(k);
            if (a.ndim() != 1) {
                throw NumpyException.valueError("Cross index must be 1 dimensional");
            }
            if (a.dtype() instanceof DType.Bool) {
                a = IndexArrays.nonzero(a).get(0);
            }
            out.add(along(a, k, args.size(), "np.ix_"));
        }
        return out;
    }

    /**
     * {@code np.argwhere(a)} of {@code a}'s truth mask: {@code transpose(nonzero(a))}, so a transposed view of the
     * (ndim, count) array built from the coordinates; a 0-d input is taken as 1-d and keeps no columns.
     */
    public static NdArray argwhere(NdArray mask) {
        NdArray a = mask;
        if (a.ndim() == 0) {
            NdArray r = argwhere(Stacking.atLeast(a, 1));
            return (NdArray) Indexing.get(r, List.of(Index.slice(null, null, null), Index.slice(null, 0L, null)));
        }
        List<NdArray> coordinates = IndexArrays.nonzero(a);
        NdArray stacked = Joining.stack(coordinates, 0, DType.INT64);
        return Axes.transpose(stacked, null);
    }

    /** {@code np.flatnonzero(a)} of {@code a}'s truth mask: {@code nonzero(ravel(a))[0]}, a view of its coordinates. */
    public static NdArray flatnonzero(NdArray mask) {
        return IndexArrays.nonzero(Reshaping.ravel(mask, 'C')).get(0);
    }
}
