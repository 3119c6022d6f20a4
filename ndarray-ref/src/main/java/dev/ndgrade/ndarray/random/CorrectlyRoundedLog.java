package dev.ndgrade.ndarray.random;

import java.math.BigDecimal;
import java.math.MathContext;

/**
 * The C library's log where it can be known. NumPy's legacy Gaussian calls glibc's log, which is within 0.519 ulp
 * of the exact value: so wherever the exact log lies further than 0.019 ulp from halfway between two doubles, glibc
 * returns the correctly rounded double, computed here from a 60-digit log. Nearer halfway (about one log in twenty)
 * glibc may round either way, and the draw is irreproducible. (Java's Math.log and StrictMath.log disagree with
 * glibc in about one case in a hundred.)
 */
final class CorrectlyRoundedLog {
    private static final MathContext WORK = new MathContext(60);
    private static final BigDecimal LN2 = new BigDecimal(
            "0.69314718055994530941723212145817656807550013436025525412068000949339362196969472");
    private static final BigDecimal TWO = BigDecimal.valueOf(2);
    private static final BigDecimal EPSILON = new BigDecimal("1e-58");
    /** glibc's worst error beyond half an ulp, with a margin. */
    private static final BigDecimal AMBIGUOUS = new BigDecimal("0.025");

    private CorrectlyRoundedLog() {
    }

    /** glibc's log(x) for a positive normal x. */
    static double log(double x) {
        BigDecimal exact = exactLog(x);
        double nearest = exact.doubleValue();
        BigDecimal y = new BigDecimal(nearest);
        double other = exact.compareTo(y) > 0 ? Math.nextUp(nearest) : Math.nextDown(nearest);
        BigDecimal gap = new BigDecimal(other).subtract(y).abs();
        BigDecimal midpoint = y.add(new BigDecimal(other)).divide(TWO, WORK);
        if (exact.subtract(midpoint).abs().compareTo(gap.multiply(AMBIGUOUS)) < 0) {
            throw new IrreproducibleDraw("a legacy Gaussian draw whose log the C library may round either way");
        }
        return nearest;
    }

    private static BigDecimal exactLog(double x) {
        int k = Math.getExponent(x);
        BigDecimal m = new BigDecimal(x / Math.scalb(1.0, k)); // exact, in [1, 2)
        // ln(m) = 2 atanh(z), z = (m - 1) / (m + 1) <= 1/3
        BigDecimal z = m.subtract(BigDecimal.ONE).divide(m.add(BigDecimal.ONE), WORK);
        BigDecimal z2 = z.multiply(z, WORK);
        BigDecimal term = z;
        BigDecimal sum = BigDecimal.ZERO;
        for (int n = 1; term.abs().compareTo(EPSILON) > 0; n += 2) {
            sum = sum.add(term.divide(BigDecimal.valueOf(n), WORK), WORK);
            term = term.multiply(z2, WORK);
        }
        return LN2.multiply(BigDecimal.valueOf(k), WORK).add(sum.multiply(TWO, WORK), WORK);
    }
}
