package dev.ndgrade.ndarray.ufunc;

import dev.ndgrade.ndarray.DType;
import dev.ndgrade.ndarray.Elements;
import dev.ndgrade.ndarray.Unreproducible;

/**
 * Inner loops of maximum, minimum, fmax and fmin. maximum and minimum propagate nan and, of two equal elements
 * (0.0 and -0.0), return the second in every loop NumPy 2.4 runs here. fmax and fmin skip nan, but which zero they
 * return for 0.0 against -0.0 depends on whether the element falls in a SIMD block or the scalar tail, so that
 * case is unsupported.
 */
final class Extrema {
    private Extrema() {
    }

    static BinaryLoop loop(UfuncKind f, DType t) {
        boolean max = f == UfuncKind.MAXIMUM || f == UfuncKind.FMAX;
        if (t instanceof DType.Bool) {
            return (a, ao, as, b, bo, bs, o, oo, os, n) -> {
                for (long i = 0; i < n; i++) {
                    boolean x = a.getByte(ao + i * as) != 0;
                    boolean y = b.getByte(bo + i * bs) != 0;
                    o.putByte(oo + i * os, (max ? x | y : x & y) ? (byte) 1 : 0);
                }
            };
        }
        if (t instanceof DType.Int it) {
            boolean uint64 = IntKernels.isUint64(it);
            return (a, ao, as, b, bo, bs, o, oo, os, n) -> {
                for (long i = 0; i < n; i++) {
                    long x = Elements.readLong(it, a, ao + i * as);
                    long y = Elements.readLong(it, b, bo + i * bs);
                    int c = IntMath.compare(x, uint64, y, uint64);
                    Elements.writeLong(it, o, oo + i * os, (max ? c > 0 : c < 0) ? x : y);
                }
            };
        }
        if (t instanceof DType.Float ft) {
            boolean ignoreNan = f == UfuncKind.FMAX || f == UfuncKind.FMIN;
            return (a, ao, as, b, bo, bs, o, oo, os, n) -> {
                for (long i = 0; i < n; i++) {
                    double x = Elements.readDouble(ft, a, ao + i * as);
                    double y = Elements.readDouble(ft, b, bo + i * bs);
                    Elements.writeDouble(ft, o, oo + i * os, ignoreNan ? ignoringNan(x, y, max) : propagatingNan(x, y, max));
                }
            };
        }
        throw new Unreproducible("np." + f.numpyName() + " of complex numbers");
    }

    private static double propagatingNan(double x, double y, boolean max) {
        if (Double.isNaN(x)) {
            return x;
        }
        if (Double.isNaN(y)) {
            return y;
        }
        return (max ? x > y : x < y) ? x : y;
    }

    private static double ignoringNan(double x, double y, boolean max) {
        if (Double.isNaN(y)) {
            return x;
        }
        if (Double.isNaN(x)) {
            return y;
        }
        if (x == 0 && y == 0 && Double.doubleToRawLongBits(x) != Double.doubleToRawLongBits(y)) {
            throw new Unreproducible("np.fmax and np.fmin of 0.0 against -0.0 (the zero returned depends on NumPy's "
                    + "SIMD blocking)");
        }
        return (max ? x > y : x < y) ? x : y;
    }
}
