package dev.ndgrade.ndarray.ufunc;

import dev.ndgrade.ndarray.Buffer;
import dev.ndgrade.ndarray.DType;
import dev.ndgrade.ndarray.Elements;
import dev.ndgrade.ndarray.Scalar;

import static dev.ndgrade.ndarray.ufunc.FloatMath.round;

/**
 * How a reduction folds a strided run of elements into a running value, as NumPy's reduce inner loops do: integer
 * sums and products wrap in the accumulator type, a float sum adds the run's pairwise sum to the running value, a
 * product multiplies element after element, min/max keep NaN.
 */
final class Folds {
    private Folds() {
    }

    /**
     * Folds {@code n} elements (of the source dtype, at {@code off + i * stride}) into {@code acc}. {@code reduceLoop}
     * tells NumPy's reduce inner loop (a run folded into one result) from its element-wise loop (a row added into a row
     * of results), which for complex products are different code.
     */
    interface Fold {
        Scalar run(Scalar acc, Buffer b, long off, long stride, long n, boolean reduceLoop);
    }

    /** The dtype NumPy's reduction accumulates in and returns, for input dtype {@code source}. */
    static DType resultType(Reduction r, DType source) {
        return switch (r) {
            case SUM, PROD -> source instanceof DType.Bool ? DType.INT64
                    : source instanceof DType.Int i ? (i.signed() ? DType.INT64 : DType.UINT64) : source;
            case MEAN -> source instanceof DType.Bool || source instanceof DType.Int ? DType.FLOAT64 : source;
            case MIN, MAX -> source;
            case ANY, ALL -> DType.BOOL;
        };
    }

    /** The starting value: the ufunc's identity, or null when the first element starts the fold (min, max). */
    static Scalar identity(Reduction r, DType result) {
        return switch (r) {
            case SUM, MEAN -> ScalarConversion.cast(Scalar.of(false), result);
            case PROD -> ScalarConversion.cast(Scalar.of(true), result);
            case ANY -> Scalar.of(false);
            case ALL -> Scalar.of(true);
            case MIN, MAX -> null;
        };
    }

    static Fold of(Reduction r, DType source, DType result) {
        return switch (r) {
            case SUM, MEAN -> sum(source, result);
            case PROD -> product(source, result);
            case MIN, MAX -> extremum(r == Reduction.MIN, source);
            case ANY, ALL -> truth(r == Reduction.ANY, source);
        };
    }

    /** Reads elements as longs (integers and bools). */
    private interface IntegerReader {
        long read(Buffer b, long off);
    }

    private static IntegerReader integers(DType source) {
        if (source instanceof DType.Int s) {
            return (b, off) -> Elements.readLong(s, b, off);
        }
        return (b, off) -> b.getByte(off) != 0 ? 1 : 0;
    }

    private static Fold sum(DType source, DType result) {
        if (result instanceof DType.Bool) {
            return logical(true, source); // np.add on booleans is logical or
        }
        if (result instanceof DType.Int t) {
            IntegerReader in = integers(source);
            return (acc, b, off, stride, n, reduceLoop) -> {
                long s = acc.asLong(); // wraps modulo 2^64 like int64/uint64, and is cut to smaller types on write
                for (long i = 0; i < n; i++) {
                    s += in.read(b, off + i * stride);
                }
                return Scalar.ofInt(t, s);
            };
        }
        if (result instanceof DType.Float t) {
            boolean single = t.itemsize() == 4;
            return (acc, b, off, stride, n, reduceLoop) ->
                    Scalar.ofFloat(t, round(acc.asDouble() + PairwiseSum.sum(b, off, stride, n, source, single), single));
        }
        DType.Complex c = (DType.Complex) result;
        boolean single = c.itemsize() == 8;
        int half = c.itemsize() / 2;
        return (acc, b, off, stride, n, reduceLoop) -> {
            double[] s = new double[2];
            PairwiseSum.complexSum(b, off, stride, n, half, single, s);
            return Scalar.ofComplex(c, round(acc.asDouble() + s[0], single), round(acc.imag() + s[1], single));
        };
    }

    private static Fold product(DType source, DType result) {
        if (result instanceof DType.Bool) {
            return logical(false, source); // np.multiply on booleans is logical and
        }
        if (result instanceof DType.Int t) {
            IntegerReader in = integers(source);
            return (acc, b, off, stride, n, reduceLoop) -> {
                long p = acc.asLong();
                for (long i = 0; i < n; i++) {
                    p *= in.read(b, off + i * stride);
                }
                return Scalar.ofInt(t, p);
            };
        }
        if (result instanceof DType.Float t) {
            DType.Float s = (DType.Float) source;
            boolean single = t.itemsize() == 4;
            return (acc, b, off, stride, n, reduceLoop) -> {
                double p = acc.asDouble();
                for (long i = 0; i < n; i++) {
                    p = round(p * Elements.readDouble(s, b, off + i * stride), single);
                }
                return Scalar.ofFloat(t, p);
            };
        }
        DType.Complex c = (DType.Complex) result;
        boolean single = c.itemsize() == 8;
        int half = c.itemsize() / 2;
        return (acc, b, off, stride, n, reduceLoop) -> {
            double[] p = {acc.asDouble(), acc.imag()};
            for (long i = 0; i < n; i++) {
                long at = off + i * stride;
                double xr = ComplexKernels.part(b, at, half);
                double xi = ComplexKernels.part(b, at + half, half);
                // the reduce loop is NumPy's plain C loop, without the fused multiply-adds of its SIMD multiply
                if (reduceLoop) {
                    ComplexMath.multiplyPlain(p[0], p[1], xr, xi, single, p);
                } else {
                    ComplexMath.multiply(p[0], p[1], xr, xi, single, p);
                }
            }
            return Scalar.ofComplex(c, p[0], p[1]);
        };
    }

    /** minimum/maximum: a later element replaces the running value unless the running value is strictly better; NaN sticks. */
    private static Fold extremum(boolean min, DType source) {
        if (source instanceof DType.Bool) {
            return (acc, b, off, stride, n, reduceLoop) -> {
                boolean v = acc.isTrue();
                for (long i = 0; i < n; i++) {
                    boolean x = b.getByte(off + i * stride) != 0;
                    v = min ? v & x : v | x;
                }
                return Scalar.of(v);
            };
        }
        if (source instanceof DType.Int t) {
            boolean uint64 = IntKernels.isUint64(t);
            return (acc, b, off, stride, n, reduceLoop) -> {
                long v = acc.asLong();
                for (long i = 0; i < n; i++) {
                    long x = Elements.readLong(t, b, off + i * stride);
                    int cmp = IntMath.compare(x, uint64, v, uint64);
                    if (min ? cmp < 0 : cmp > 0) {
                        v = x;
                    }
                }
                return Scalar.ofInt(t, v);
            };
        }
        if (source instanceof DType.Float t) {
            return (acc, b, off, stride, n, reduceLoop) -> {
                double v = acc.asDouble();
                for (long i = 0; i < n && !Double.isNaN(v); i++) {
                    double x = Elements.readDouble(t, b, off + i * stride);
                    v = Double.isNaN(x) || !(min ? v < x : v > x) ? x : v;
                }
                return Scalar.ofFloat(t, v);
            };
        }
        DType.Complex c = (DType.Complex) source;
        int half = c.itemsize() / 2;
        UfuncKind keep = min ? UfuncKind.LESS_EQUAL : UfuncKind.GREATER_EQUAL;
        return (acc, b, off, stride, n, reduceLoop) -> {
            double re = acc.asDouble();
            double im = acc.imag();
            for (long i = 0; i < n; i++) {
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

    /** Boolean sum (or) and product (and). */
    private static Fold logical(boolean or, DType source) {
        Casts.Truth truth = Casts.truth(source);
        return (acc, b, off, stride, n, reduceLoop) -> {
            boolean v = acc.isTrue();
            for (long i = 0; i < n; i++) {
                v = or ? v | truth.test(b, off + i * stride) : v & truth.test(b, off + i * stride);
            }
            return Scalar.of(v);
        };
    }

    /** any/all: stops at the first element that decides. */
    private static Fold truth(boolean any, DType source) {
        Casts.Truth truth = Casts.truth(source);
        return (acc, b, off, stride, n, reduceLoop) -> {
            if (acc.isTrue() == any) {
                return acc;
            }
            for (long i = 0; i < n; i++) {
                if (truth.test(b, off + i * stride) == any) {
                    return Scalar.of(any);
                }
            }
            return acc;
        };
    }
}
