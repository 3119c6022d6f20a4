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

    /** {@code fabs}: clears the sign bit, NaN included. */
    static double abs(double x) {
        return Double.longBitsToDouble(Double.doubleToRawLongBits(x) & Long.MAX_VALUE);
    }
}
