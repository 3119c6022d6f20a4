package dev.ndgrade.ndarray.ufunc;

import dev.ndgrade.ndarray.Buffer;
import dev.ndgrade.ndarray.DType;
import dev.ndgrade.ndarray.Unreproducible;

/** Inner loops of complex64 and complex128, on (real, imaginary) pairs computed by {@link ComplexMath}. */
final class ComplexKernels {
    private ComplexKernels() {
    }

    /** A complex operation writing its result into {@code out[0..1]}. */
    private interface BinaryOp {
        void apply(double ar, double ai, double br, double bi, double[] out);
    }

    private interface UnaryOp {
        void apply(double re, double im, double[] out);
    }

    static BinaryLoop binary(UfuncKind f, DType.Complex t) {
        boolean single = t.itemsize() == 8;
        int half = t.itemsize() / 2;
        if (f.isComparison()) {
            return (a, ao, as, b, bo, bs, o, oo, os, n) -> {
                for (long i = 0; i < n; i++) {
                    long x = ao + i * as;
                    long y = bo + i * bs;
                    boolean r = ComplexMath.compare(f, part(a, x, half), part(a, x + half, half), part(b, y, half), part(b, y + half, half));
                    o.putByte(oo + i * os, r ? (byte) 1 : 0);
                }
            };
        }
        BinaryOp op = switch (f) {
            case ADD -> (ar, ai, br, bi, out) -> {
                out[0] = ar + br;
                out[1] = ai + bi;
            };
            case SUBTRACT -> (ar, ai, br, bi, out) -> {
                out[0] = ar - br;
                out[1] = ai - bi;
            };
            case MULTIPLY -> (ar, ai, br, bi, out) -> ComplexMath.multiply(ar, ai, br, bi, single, out);
            case TRUE_DIVIDE -> (ar, ai, br, bi, out) -> ComplexMath.divide(ar, ai, br, bi, single, out);
            case POWER -> (ar, ai, br, bi, out) -> ComplexMath.power(ar, ai, br, bi, single, out);
            default -> throw new IllegalArgumentException("no complex loop for " + f);
        };
        return (a, ao, as, b, bo, bs, o, oo, os, n) -> {
            double[] r = new double[2];
            for (long i = 0; i < n; i++) {
                long x = ao + i * as;
                long y = bo + i * bs;
                op.apply(part(a, x, half), part(a, x + half, half), part(b, y, half), part(b, y + half, half), r);
                long z = oo + i * os;
                putPart(o, z, half, r[0]);
                putPart(o, z + half, half, r[1]);
            }
        };
    }

    static UnaryLoop unary(UfuncKind f, DType.Complex t) {
        if (f == UfuncKind.ABSOLUTE) {
            int half = t.itemsize() / 2;
            boolean single = half == 4;
            return (a, ao, as, o, oo, os, n) -> {
                for (long i = 0; i < n; i++) {
                    long x = ao + i * as;
                    putPart(o, oo + i * os, half, FloatMath.modulus(part(a, x, half), part(a, x + half, half), single));
                }
            };
        }
        boolean single = t.itemsize() == 8;
        return unary(t, switch (f) {
            case NEGATIVE -> (re, im, out) -> {
                out[0] = -re;
                out[1] = -im;
            };
            case POSITIVE -> (re, im, out) -> {
                out[0] = re;
                out[1] = im;
            };
            case SQUARE -> (re, im, out) -> ComplexMath.multiply(re, im, re, im, single, out);
            case RECIPROCAL -> (re, im, out) -> ComplexMath.reciprocal(re, im, single, out);
            case SQRT -> (re, im, out) -> ComplexMath.sqrt(re, im, single, out);
            case RINT -> (re, im, out) -> {
                out[0] = Math.rint(re);
                out[1] = Math.rint(im);
            };
            case CONJUGATE -> (re, im, out) -> {
                out[0] = re;
                out[1] = -im;
            };
            case SIGN -> throw new Unreproducible("np.sign of complex numbers (z / |z|, rounded by NumPy's own formula)");
            default -> throw new IllegalArgumentException("no complex loop for " + f);
        });
    }

    private static UnaryLoop unary(DType.Complex t, UnaryOp op) {
        int half = t.itemsize() / 2;
        return (a, ao, as, o, oo, os, n) -> {
            double[] r = new double[2];
            for (long i = 0; i < n; i++) {
                long x = ao + i * as;
                op.apply(part(a, x, half), part(a, x + half, half), r);
                long z = oo + i * os;
                putPart(o, z, half, r[0]);
                putPart(o, z + half, half, r[1]);
            }
        };
    }

    static double part(Buffer b, long off, int half) {
        return half == 4 ? b.getFloat(off) : b.getDouble(off);
    }

    static void putPart(Buffer b, long off, int half, double v) {
        if (half == 4) {
            b.putFloat(off, (float) v);
        } else {
            b.putDouble(off, v);
        }
    }
}
