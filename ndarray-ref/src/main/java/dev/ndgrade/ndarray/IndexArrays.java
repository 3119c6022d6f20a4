package dev.ndgrade.ndarray;

import dev.ndgrade.ndarray.error.NumpyException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Small int64 arrays used as indices: literals and the {@code nonzero()} of a boolean mask. */
public final class IndexArrays {
    private IndexArrays() {
    }

    static NdArray scalar(long i) {
        NdArray a = NdArray.allocate(DType.INT64, new long[0], 'C', ViewOrigin.fresh("index"));
        a.buffer().putLong(0, i);
        return a;
    }

    static NdArray of(long... values) {
        NdArray a = NdArray.allocate(DType.INT64, new long[] {values.length}, 'C', ViewOrigin.fresh("index"));
        for (int i = 0; i < values.length; i++) {
            a.buffer().putLong(8L * i, values[i]);
        }
        return a;
    }

    static NdArray empty() {
        return of();
    }

    /**
     * One int64 array per axis of {@code mask}: the coordinates of its true elements, in C order. As in NumPy, they
     * are column views of one hidden (count, ndim) buffer, so any one of them keeps all the coordinates alive.
     */
    public static List<NdArray> nonzero(NdArray mask) {
        int nd = mask.ndim();
        long[] shape = mask.shape();
        List<long[]> hits = new ArrayList<>();
        long[] coord = new long[nd];
        for (long off : mask.offsetsInCOrder()) {
            if (mask.elementAt(off).isTrue()) {
                hits.add(coord.clone());
            }
            for (int ax = nd - 1; ax >= 0; ax--) {
                if (++coord[ax] < shape[ax]) {
                    break;
                }
                coord[ax] = 0;
            }
        }
        long rowBytes = 8L * nd;
        NdArray table = NdArray.allocateStrided(DType.INT64, new long[] {hits.size(), nd}, new long[] {rowBytes, 8}, 0,
                hits.size() * rowBytes, ViewOrigin.fresh("nonzero"));
        for (int i = 0; i < hits.size(); i++) {
            for (int ax = 0; ax < nd; ax++) {
                table.buffer().putLong(i * rowBytes + 8L * ax, hits.get(i)[ax]);
            }
        }
        List<NdArray> out = new ArrayList<>();
        for (int ax = 0; ax < nd; ax++) {
            out.add(table.view(8L * ax, new long[] {hits.size()}, new long[] {rowBytes}, DType.INT64,
                    ViewOrigin.copy("nonzero", "nonzero()/where(cond) return index arrays: new memory, shared by all of them")));
        }
        return out;
    }

    /**
     * {@code np.unravel_index(indices, dims, order)}: the coordinates of each flat index, as one view per dimension
     * of a hidden C-ordered (…indices.shape, ndim) int64 table (as NumPy builds them, so they share it).
     */
    public static List<NdArray> unravel(NdArray indices, long[] dims, char order) {
        long size = Shapes.size(dims);
        int nd = dims.length;
        long[] shape = new long[indices.ndim() + 1];
        System.arraycopy(indices.shape(), 0, shape, 0, indices.ndim());
        shape[indices.ndim()] = nd;
        NdArray table = NdArray.allocate(DType.INT64, shape, 'C', ViewOrigin.fresh("unravel_index"));
        long at = 0;
        for (long off : indices.offsetsInCOrder()) {
            long flat = ((Scalar.IntValue) indices.elementAt(off)).value();
            if (flat < 0 || flat >= size) {
                throw NumpyException.valueError("index " + flat + " is out of bounds for array with size " + size);
            }
            for (int k = 0; k < nd; k++) {
                int ax = order == 'F' ? k : nd - 1 - k;
                table.buffer().putLong(at + 8L * ax, flat % dims[ax]);
                flat /= dims[ax];
            }
            at += 8L * nd;
        }
        long[] strides = Arrays.copyOf(table.strides(), indices.ndim());
        List<NdArray> out = new ArrayList<>();
        for (int ax = 0; ax < nd; ax++) {
            out.add(table.view(8L * ax, indices.shape(), strides, DType.INT64,
                    ViewOrigin.copy("unravel_index", "unravel_index returns views of one new table of coordinates")));
        }
        return out;
    }

    /**
     * {@code np.ravel_multi_index(coords, dims, mode, order)} with one mode for every dimension ("raise", "wrap" or
     * "clip"): the flat index of each broadcast coordinate tuple, in a fresh C-ordered int64 array.
     */
    public static NdArray ravelMultiIndex(List<NdArray> coords, long[] dims, String mode, char order) {
        if (coords.size() != dims.length) {
            throw NumpyException.valueError("parameter multi_index must be a sequence of length " + dims.length);
        }
        long[] shape = Broadcasting.objectsShape(coords.stream().map(NdArray::shape).toList());
        NdArray out = NdArray.allocate(DType.INT64, shape, 'C', ViewOrigin.fresh("ravel_multi_index"));
        List<long[]> offsets = new ArrayList<>();
        for (NdArray c : coords) {
            offsets.add(Broadcasting.to(c, shape, true).offsetsInCOrder());
        }
        long[] targets = out.offsetsInCOrder();
        for (int e = 0; e < targets.length; e++) {
            long flat = 0;
            for (int k = 0; k < dims.length; k++) {
                int ax = order == 'F' ? dims.length - 1 - k : k;
                long c = ((Scalar.IntValue) coords.get(ax).elementAt(offsets.get(ax)[e])).value();
                flat = flat * dims[ax] + inRange(c, dims[ax], mode);
            }
            out.buffer().putLong(targets[e], flat);
        }
        return out;
    }

    private static long inRange(long c, long dim, String mode) {
        if (c >= 0 && c < dim) {
            return c;
        }
        return switch (mode) {
            case "wrap" -> Math.floorMod(c, dim);
            case "clip" -> c < 0 ? 0 : dim - 1;
            default -> throw NumpyException.valueError("invalid entry in coordinates array");
        };
    }
}
