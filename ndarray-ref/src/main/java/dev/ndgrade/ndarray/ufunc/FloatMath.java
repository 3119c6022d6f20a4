package dev.ndgrade.ndarray.ufunc;

/**
 * NumPy's float arithmetic beyond + - * / (which Java's IEEE operations match exactly): floor division and remainder
 * with Python's sign rules ({@code npy_divmod}), and C's {@code pow} special cases. Float32 loops compute on doubles
 * and round after every step ({@code single}), which equals float arithmetic exactly for + - * / and sqrt.
 */
final class FloatMath {
    private FloatMath() {
    }

    static double round(double x, boolean single) {
        return single ? (double) (float) x : x;
    }

    /** {@code npy_floor_divide}: division by zero gives a / b (inf or nan), as NumPy does. */
    static double floorDivide(double a, double b, boolean single) {
        if (b == 0) {
            return round(a / b, single);
        }
        double mod = a % b; // C fmod, exact
        double div = round(round(a - mod, single) / b, single);
        if (mod != 0) { // also true for NaN, as C's `if (mod)`
            if ((b < 0) != (mod < 0)) {
                div = round(div - 1.0, single);
            }
        }
        double floordiv;
        if (div != 0) {
            floordiv = Math.floor(div);
            if (round(div - floordiv, single) > 0.5) {
                floordiv = round(floordiv + 1.0, single);
            }
        } else {
            floordiv = Math.copySign(0.0, round(a / b, single));
        }
        return floordiv;
    }

    /** {@code npy_remainder}: the result has the divisor's sign; x % 0 is nan. */
    static double remainder(double a, double b, boolean single) {
        double mod = a % b;
        if (b == 0) {
            return mod;
        }
        if (mod != 0) {
            if ((b < 0) != (mod < 0)) {
                mod = round(mod + b, single);
            }
        } else {
            mod = Math.copySign(0.0, b);
        }
        return mod;
    }

    /** C99 {@code pow}: Java's Math.pow differs only in pow(1, y) and pow(-1, ±inf), which C defines as 1. */
    static double pow(double x, double y) {
        if (x == 1.0 || (x == -1.0 && Double.isInfinite(y))) {
            return 1.0;
        }
        return Math.pow(x, y);
    }

    /**
     * {@code hypot} correctly rounded, as glibc's is (Java's fdlibm hypot can be one ulp off): the square root of the
     * fused sum of squares, corrected once with the exactly computed residual (Borges, 2019). Scaled by powers of two
     * so that squares neither overflow nor underflow.
     */
    static double hypot(double x, double y) {
        if (Double.isInfinite(x) || Double.isInfinite(y)) {
            return Double.POSITIVE_INFINITY;
        }
        if (Double.isNaN(x) || Double.isNaN(y)) {
            return Double.NaN;
        }
        double a = Math.max(Math.abs(x), Math.abs(y));
        double b = Math.min(Math.abs(x), Math.abs(y));
        if (b == 0) {
            return a;
        }
        int scale = 0;
        if (a > 0x1p500) {
            scale = 600;
        } else if (b < 0x1p-500) {
            scale = -600;
        }
        a = Math.scalb(a, -scale);
        b = Math.scalb(b, -scale);
        double h = Math.sqrt(Math.fma(a, a, b * b));
        double hh = h * h;
        double aa = a * a;
        double bb = b * b;
        double residual = ((aa - hh) + bb) + (Math.fma(a, a, -aa) + Math.fma(b, b, -bb) - Math.fma(h, h, -hh));
        h += residual / (2 * h);
        return Math.scalb(h, scale);
    }

    /**
     * The modulus NumPy's SIMD {@code absolute} loop computes for complex arrays: larger * sqrt(1 + ratio²) with a
     * fused multiply-add; it is not always the correctly rounded {@link #hypot}.
     */
    static double modulus(double re, double im, boolean single) {
        double x = Math.abs(re);
        double y = Math.abs(im);
        if (Double.isInfinite(x) || Double.isInfinite(y)) {
            return Double.POSITIVE_INFINITY;
        }
        if (Double.isNaN(x) || Double.isNaN(y)) {
            return Double.NaN;
        }
        double larger = Math.max(x, y);
        double smaller = Math.min(x, y);
        if (larger == 0) {
            return 0.0;
        }
        if (single) {
            float ratio = (float) smaller / (float) larger;
            return (float) Math.sqrt(Math.fma(ratio, ratio, 1f)) * (float) larger;
        }
        double ratio = smaller / larger;
        return Math.sqrt(Math.fma(ratio, ratio, 1.0)) * larger;
    }

    /** {@code fabs}: clears the sign bit, NaN included. */
    static double abs(double x) {
        return Double.longBitsToDouble(Double.doubleToRawLongBits(x) & Long.MAX_VALUE);
    }
}
