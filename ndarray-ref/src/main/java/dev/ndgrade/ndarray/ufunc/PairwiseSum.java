package dev.ndgrade.ndarray.ufunc;

import dev.ndgrade.ndarray.Buffer;
import dev.ndgrade.ndarray.DType;
import dev.ndgrade.ndarray.Elements;

import static dev.ndgrade.ndarray.ufunc.FloatMath.round;

/**
 * NumPy's pairwise summation of a strided run ({@code @TYPE@_pairwise_sum}): runs under 8 are summed in order, runs up
 * to 128 with 8 interleaved accumulators, longer runs are split in two at a multiple of 8. The last bits of a float
 * sum depend on exactly this order.
 */
final class PairwiseSum {
    private PairwiseSum() {
    }

    private static final int BLOCK = 128;

    /** Sum of {@code n} elements of {@code source} (converted to double; float32 sums round to float at every add). */
    static double sum(Buffer b, long off, long stride, long n, DType source, boolean single) {
        if (n < 8) {
            double res = 0.0;
            for (long i = 0; i < n; i++) {
                res = round(res + read(b, off + i * stride, source), single);
            }
            return res;
        }
        if (n <= BLOCK) {
            double r0 = read(b, off, source);
            double r1 = read(b, off + stride, source);
            double r2 = read(b, off + 2 * stride, source);
            double r3 = read(b, off + 3 * stride, source);
            double r4 = read(b, off + 4 * stride, source);
            double r5 = read(b, off + 5 * stride, source);
            double r6 = read(b, off + 6 * stride, source);
            double r7 = read(b, off + 7 * stride, source);
            long i = 8;
            for (; i < n - (n % 8); i += 8) {
                long at = off + i * stride;
                r0 = round(r0 + read(b, at, source), single);
                r1 = round(r1 + read(b, at + stride, source), single);
                r2 = round(r2 + read(b, at + 2 * stride, source), single);
                r3 = round(r3 + read(b, at + 3 * stride, source), single);
                r4 = round(r4 + read(b, at + 4 * stride, source), single);
                r5 = round(r5 + read(b, at + 5 * stride, source), single);
                r6 = round(r6 + read(b, at + 6 * stride, source), single);
                r7 = round(r7 + read(b, at + 7 * stride, source), single);
            }
            double res = round(round(round(r0 + r1, single) + round(r2 + r3, single), single)
                    + round(round(r4 + r5, single) + round(r6 + r7, single), single), single);
            for (; i < n; i++) {
                res = round(res + read(b, off + i * stride, source), single);
            }
            return res;
        }
        long n2 = n / 2;
        n2 -= n2 % 8;
        return round(sum(b, off, stride, n2, source, single) + sum(b, off + n2 * stride, stride, n - n2, source, single), single);
    }

    /**
     * Sum of {@code n} complex elements into {@code out[0..1]}. NumPy runs the same scheme over the interleaved parts
     * (2n floats), so the 8 accumulators hold 4 real and 4 imaginary partial sums.
     */
    static void complexSum(Buffer b, long off, long stride, long n, int half, boolean single, double[] out) {
        long parts = 2 * n;
        if (parts < 8) {
            double rr = 0.0;
            double ri = 0.0;
            for (long i = 0; i < n; i++) {
                rr = round(rr + ComplexKernels.part(b, off + i * stride, half), single);
                ri = round(ri + ComplexKernels.part(b, off + i * stride + half, half), single);
            }
            out[0] = rr;
            out[1] = ri;
            return;
        }
        if (parts <= BLOCK) {
            double[] r = new double[8];
            for (int k = 0; k < 4; k++) {
                r[2 * k] = ComplexKernels.part(b, off + k * stride, half);
                r[2 * k + 1] = ComplexKernels.part(b, off + k * stride + half, half);
            }
            long i = 4;
            for (; 2 * i < parts - (parts % 8); i += 4) {
                for (int k = 0; k < 4; k++) {
                    r[2 * k] = round(r[2 * k] + ComplexKernels.part(b, off + (i + k) * stride, half), single);
                    r[2 * k + 1] = round(r[2 * k + 1] + ComplexKernels.part(b, off + (i + k) * stride + half, half), single);
                }
            }
            double rr = round(round(r[0] + r[2], single) + round(r[4] + r[6], single), single);
            double ri = round(round(r[1] + r[3], single) + round(r[5] + r[7], single), single);
            for (; i < n; i++) {
                rr = round(rr + ComplexKernels.part(b, off + i * stride, half), single);
                ri = round(ri + ComplexKernels.part(b, off + i * stride + half, half), single);
            }
            out[0] = rr;
            out[1] = ri;
            return;
        }
        long n2 = parts / 2;
        n2 -= n2 % 8;
        long m = n2 / 2; // complex elements in the first half
        complexSum(b, off, stride, m, half, single, out);
        double r1 = out[0];
        double i1 = out[1];
        complexSum(b, off + m * stride, stride, n - m, half, single, out);
        out[0] = round(r1 + out[0], single);
        out[1] = round(i1 + out[1], single);
    }

    private static double read(Buffer b, long off, DType t) {
        if (t instanceof DType.Float f) {
            return Elements.readDouble(f, b, off);
        } else if (t instanceof DType.Int i) {
            return Unsigned.toDouble(i, Elements.readLong(i, b, off));
        }
        return b.getByte(off) != 0 ? 1 : 0;
    }
}
