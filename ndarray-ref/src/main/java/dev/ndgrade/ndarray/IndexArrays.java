package dev.ndgrade.ndarray;

import java.util.ArrayList;
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
}
