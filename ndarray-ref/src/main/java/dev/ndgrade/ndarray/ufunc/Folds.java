package dev.ndgrade.ndarray.ufunc;

import dev.ndgrade.ndarray.Buffer;
import dev.ndgrade.ndarray.DType;
import dev.ndgrade.ndarray.Elements;
import dev.ndgrade.ndarray.Scalar;

import static dev.ndgrade.ndarray.ufunc.FloatMath.round;

/**
 * The reduction of one strided run of elements to one value, per reduction and dtype family: integer sums wrap in
 * 64 bits, float sums are NumPy's pairwise sums (or, when NumPy adds whole rows into the result one after another,
 * sequential sums), min/max propagate NaN.
 */
final class Folds {
    private Folds() {
    }

    /** Reduces {@code n} elements of {@code source} at {@code off + i * stride}. */
    interface Fold {
        Scalar run(Buffer b, long off, long stride, long n, boolean pairwise);
    }

    /** The dtype NumPy's reduction returns for {@code source}. */
    static DType resultType(Reduction r, DType source) {
        return switch (r) {
            case SUM -> source instanceof DType.Bool ? DType.INT64
                    : source instanceof DType.Int i ? (i.signed() ? DType.INT64 : DType.UINT64) : source;
            case MEAN -> source instanceof DType.Bool || source instanceof DType.Int ? DType.FLOAT64 : source;
            case MIN, MAX -> source;
            case ANY, ALL -> DType.BOOL;
        };
    }

    static Fold of(Reduction r, DType source) {
        DType result = resultType(r, source);
        return switch (r) {
            case SUM, MEAN -> sum(r, source, result);
            case MIN, MAX -> extremum(r == Reduction.MIN, source);
            case ANY, ALL -> truth(r == Reduction.ANY, source);
        };
    }

    private static Fold sum(Reduction r, DType source, DType result) {
        boolean mean = r == Reduction.MEAN;
        if (result instanceof DType.Int t) {
            DType.Int s = source instanceof DType.Int i ? i : null; // else bool
            return (b, off, stride, n, pairwise) -> {
                long acc = 0; // wraps modulo 2^64, which is int64's and uint64's arithmetic
                for (long i = 0; i < n; i++) {
                    long at = off + i * stride;
                    acc += s != null ? Elements.readLong(s, b, at) : b.getByte(at) != 0 ? 1 : 0;
                }
                return Scalar.ofInt(t, acc);
            };
        }
        if (result instanceof DType.Float t) {
            boolean single = t.itemsize() == 4;
            return (b, off, stride, n, pairwise) -> {
                double s = pairwise ? PairwiseSum.sum(b, off, stride, n, source, single)
                        : sequentialSum(b, off, stride, n, source, single);
                double total = round(0.0 + s, single); // the reduction starts from the identity, 0
                return Scalar.ofFloat(t, mean ? round(total / round(n, single), single) : total);
            };
        }
        DType.Complex c = (DType.Complex) result;
        boolean single = c.itemsize() == 8;
        int half = c.itemsize() / 2;
        return (b, off, stride, n, pairwise) -> {
            double[] s = new double[2];
            if (pairwise) {
                PairwiseSum.complexSum(b, off, stride, n, half, single, s);
            } else {
                for (long i = 0; i < n; i++) {
                    s[0] = round(s[0] + ComplexKernels.part(b, off + i * stride, half), single);
                    s[1] = round(s[1] + ComplexKernels.part(b, off + i * stride + half, half), single);
                }
            }
            s[0] = round(0.0 + s[0], single);
            s[1] = round(0.0 + s[1], single);
            if (mean) {
                ComplexMath.divide(s[0], s[1], round(n, single), 0, single, s);
            }
            return Scalar.ofComplex(c, s[0], s[1]);
        };
    }

    private static double sequentialSum(Buffer b, long off, long stride, long n, DType source, boolean single) {
        double acc = 0.0;
        for (long i = 0; i < n; i++) {
            acc = round(acc + realValue(b, off + i * stride, source), single);
        }
        return acc;
    }

    private static double realValue(Buffer b, long off, DType t) {
        if (t instanceof DType.Float f) {
            return Elements.readDouble(f, b, off);
        } else if (t instanceof DType.Int i) {
            return Unsigned.toDouble(i, Elements.readLong(i, b, off));
        }
        return b.getByte(off) != 0 ? 1 : 0;
    }

    /** minimum/maximum: the first element, then each next one replaces it unless it is "better"; NaN wins. */
    private static Fold extremum(boolean min, DType source) {
        if (source instanceof DType.Bool) {
            return (b, off, stride, n, pairwise) -> {
                boolean acc = b.getByte(off) != 0;
                for (long i = 1; i < n; i++) {
                    boolean x = b.getByte(off + i * stride) != 0;
                    acc = min ? acc & x : acc | x;
                }
                return Scalar.of(acc);
            };
        }
        if (source instanceof DType.Int t) {
            boolean uint64 = IntKernels.isUint64(t);
            return (b, off, stride, n, pairwise) -> {
                long acc = Elements.readLong(t, b, off);
                for (long i = 1; i < n; i++) {
                    long x = Elements.readLong(t, b, off + i * stride);
                    int cmp = IntMath.compare(x, uint64, acc, uint64);
                    if (min ? cmp < 0 : cmp > 0) {
                        acc = x;
                    }
                }
                return Scalar.ofInt(t, acc);
            };
        }
        if (source instanceof DType.Float t) {
            return (b, off, stride, n, pairwise) -> {
                double acc = Elements.readDouble(t, b, off);
                for (long i = 1; i < n && !Double.isNaN(acc); i++) {
                    double x = Elements.readDouble(t, b, off + i * stride);
                    // NumPy keeps the running value only when strictly better, so ties take the later element.
                    acc = Double.isNaN(x) || !(min ? acc < x : acc > x) ? x : acc;
                }
                return Scalar.ofFloat(t, acc);
            };
        }
        DType.Complex c = (DType.Complex) source;
        int half = c.itemsize() / 2;
        UfuncKind keep = min ? UfuncKind.LESS_EQUAL : UfuncKind.GREATER_EQUAL;
        return (b, off, stride, n, pairwise) -> {
            double re = ComplexKernels.part(b, off, half);
            double im = ComplexKernels.part(b, off + half, half);
            for (long i = 1; i < n; i++) {
                double xr = ComplexKernels.part(b, off + i * stride, half);
                double xi = ComplexKernels.part(b, off + i * stride + half, half);
                if (!(Double.isNaN(re) || Double.isNaN(im) || ComplexMath.compare(keep, re, im, xr, xi))) {
                    re = xr;
                    im = xi;
                }
            }
            return Scalar.ofComplex(c, re, im);
        };
    }

    /** any/all: stops at the first element that decides. */
    private static Fold truth(boolean any, DType source) {
        Casts.Truth truth = Casts.truth(source);
        return (b, off, stride, n, pairwise) -> {
            for (long i = 0; i < n; i++) {
                if (truth.test(b, off + i * stride) == any) {
                    return Scalar.of(any);
                }
            }
            return Scalar.of(!any);
        };
    }
}
