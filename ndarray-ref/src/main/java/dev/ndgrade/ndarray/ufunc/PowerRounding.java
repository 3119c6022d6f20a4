package dev.ndgrade.ndarray.ufunc;

import java.math.BigDecimal;

/**
 * When the reference's float power can stand for NumPy's. On AVX-512 machines NumPy's float32 and float64 power
 * loops call Intel's SVML vector {@code pow}, which rounds differently from C's {@code pow} in a few percent of cases
 * ({@code np.int64(27) ** (1 / 3.)} is {@code 2.9999999999999996} there, C's pow says 3.0), and no reference can
 * reproduce its last bit. Both agree when the exact power is representable and computed — a result SVML and C
 * both return exactly — and on IEEE's special cases; any other loop result is unreproducible. (NumPy's scalar
 * {@code **}, which calls C's pow, never comes here: see {@link ScalarOperators#scalarPower}.)
 */
final class PowerRounding {
    /** Larger integer exponents make the exact check costly and are, in practice, never exact anyway. */
    private static final int MAX_EXACT_EXPONENT = 64;

    private PowerRounding() {
    }

    /** Whether {@code r}, C's {@code pow(x, y)} rounded to the loop's type, is also what SVML's pow returns. */
    static boolean agrees(double x, double y, double r) {
        if (Double.isNaN(x) || Double.isNaN(y) || Double.isInfinite(x) || Double.isInfinite(y)
                || x == 0 || y == 0 || x == 1) {
            return true; // C99's special values, which SVML follows
        }
        if (y != Math.rint(y) || Math.abs(y) > MAX_EXACT_EXPONENT || Double.isInfinite(r) || r == 0) {
            return false;
        }
        BigDecimal power = new BigDecimal(x).pow((int) Math.abs(y));
        BigDecimal result = new BigDecimal(r);
        return y > 0 ? result.compareTo(power) == 0 : result.multiply(power).compareTo(BigDecimal.ONE) == 0;
    }
}
