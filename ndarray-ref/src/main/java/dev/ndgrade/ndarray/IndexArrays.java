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

    /** One int64 array per axis of {@code mask}: the coordinates of its true elements, in C order. */
    public static List<NdArray> nonzero(NdArray mask) {
        int nd = mask.ndim();
        long[] offsets = mask.offsetsInCOrder();
        List<long[]> hits = new ArrayList<>();
        long[] shape = mask.shape();
        long[] coord = new long[nd];
        for (long off : offsets) {
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
        List<NdArray> out = new ArrayList<>();
        for (int ax = 0; ax < nd; ax++) {
            long[] vals = new long[hits.size()];
            for (int i = 0; i < vals.length; i++) {
                vals[i] = hits.get(i)[ax];
            }
            out.add(of(vals));
        }
        return out;
    }
}
