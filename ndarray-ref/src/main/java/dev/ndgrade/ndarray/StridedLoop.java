package dev.ndgrade.ndarray;

import dev.ndgrade.limits.Meter;

/**
 * Walks two arrays of one shape together in C order, a row at a time, after merging axes that are contiguous in
 * both (so a contiguous copy is one long row). The per-row work is a {@link Row}.
 */
final class StridedLoop {
    private StridedLoop() {
    }

    /** The work on one row: {@code n} elements from {@code srcOff} by {@code srcStride} bytes, likewise for dst. */
    interface Row {
        void run(long srcOff, long srcStride, long dstOff, long dstStride, long n);
    }

    static void run(long[] shape, long srcOffset, long[] srcStrides, long dstOffset, long[] dstStrides, Row row) {
        Meter.current().elements(Shapes.size(shape));
        int nd = shape.length;
        long[] dims = new long[Math.max(nd, 1)];
        long[] ss = new long[dims.length];
        long[] ds = new long[dims.length];
        int m = 0;
        for (int i = 0; i < nd; i++) {
            if (shape[i] == 0) {
                return;
            }
            if (shape[i] == 1) {
                continue;
            }
            if (m > 0 && ss[m - 1] == srcStrides[i] * shape[i] && ds[m - 1] == dstStrides[i] * shape[i]) {
                dims[m - 1] *= shape[i];
                ss[m - 1] = srcStrides[i];
                ds[m - 1] = dstStrides[i];
            } else {
                dims[m] = shape[i];
                ss[m] = srcStrides[i];
                ds[m] = dstStrides[i];
                m++;
            }
        }
        if (m == 0) {
            row.run(srcOffset, 0, dstOffset, 0, 1);
            return;
        }
        int inner = m - 1;
        long n = dims[inner];
        if (m == 1) {
            row.run(srcOffset, ss[0], dstOffset, ds[0], n);
            return;
        }
        long[] idx = new long[inner];
        long so = srcOffset;
        long dOff = dstOffset;
        while (true) {
            row.run(so, ss[inner], dOff, ds[inner], n);
            int ax = inner - 1;
            while (ax >= 0) {
                if (++idx[ax] < dims[ax]) {
                    so += ss[ax];
                    dOff += ds[ax];
                    break;
                }
                so -= ss[ax] * (dims[ax] - 1);
                dOff -= ds[ax] * (dims[ax] - 1);
                idx[ax] = 0;
                ax--;
            }
            if (ax < 0) {
                return;
            }
        }
    }
}
