package dev.ndgrade.python.runtime;

import dev.ndgrade.limits.Meter;
import java.math.BigInteger;

/** Python ints as BigIntegers, with CPython's cache of small ints so that {@code is} behaves as it does there. */
public final class Ints {
    private static final BigInteger[] SMALL = new BigInteger[262];
    /** CPython's default {@code sys.get_int_max_str_digits()}: decimal conversions of longer ints raise ValueError. */
    private static final int MAX_STR_DIGITS = 4300;
    private static final BigInteger FIRST_TOO_LONG = BigInteger.TEN.pow(MAX_STR_DIGITS);

    static {
        for (int i = 0; i < SMALL.length; i++) {
            SMALL[i] = BigInteger.valueOf(i - 5);
        }
    }

    private Ints() {
    }

    public static BigInteger of(long v) {
        if (v >= -5 && v <= 256) {
            return SMALL[(int) v + 5];
        }
        return BigInteger.valueOf(v);
    }

    public static BigInteger of(BigInteger v) {
        if (v.bitLength() < 10) {
            int i = v.intValue();
            if (i >= -5 && i <= 256) {
                return SMALL[i + 5];
            }
        }
        return v;
    }

    /** {@code a ** b} for {@code b >= 0}, refused before it is computed when the result would exceed the int-bits limit. */
    static BigInteger pow(BigInteger a, BigInteger b) {
        if (a.bitLength() <= 1) { // 0, 1 and -1: any exponent, no work
            return a.signum() == 0 ? of(b.signum() == 0 ? 1 : 0) : a.signum() > 0 || !b.testBit(0) ? of(1) : of(-1);
        }
        double bits = b.doubleValue() * log2(a.abs());
        chargeBits(bits >= Long.MAX_VALUE ? Long.MAX_VALUE : (long) Math.floor(bits) + 1);
        return of(a.pow(b.intValueExact()));
    }

    /** {@code a << b} for {@code b >= 0}, refused before it is computed when the result would exceed the int-bits limit. */
    static BigInteger shiftLeft(BigInteger a, BigInteger b) {
        if (a.signum() == 0) {
            return of(0);
        }
        chargeBits(b.bitLength() > 62 ? Long.MAX_VALUE : a.bitLength() + b.longValue());
        return of(a.shiftLeft(b.intValueExact()));
    }

    /** Refuses to make an int of {@code bits} bits when that exceeds the int-bits limit. */
    static void chargeBits(long bits) {
        Meter.current().intBits(bits);
    }

    private static double log2(BigInteger positive) {
        int drop = Math.max(0, positive.bitLength() - 60);
        return drop + Math.log(positive.shiftRight(drop).doubleValue()) / Math.log(2);
    }

    /**
     * CPython's 4300-digit limit on reading an int in a base that is not a power of two: the digits (underscores
     * skipped) that open {@code body} are counted before the rest is validated, so {@code '9' * 5000 + 'x'} is refused
     * for its length, not as an invalid literal (also what keeps Java's quadratic parse short).
     */
    static void checkDigitCount(String body, int radix) {
        int digits = 0;
        for (int i = 0; i < body.length(); i++) {
            char c = body.charAt(i);
            if (c != '_' && (c > 127 || Character.digit(c, radix) < 0)) {
                break;
            }
            digits += c == '_' ? 0 : 1;
        }
        if (digits > MAX_STR_DIGITS) {
            throw PyException.valueError("Exceeds the limit (" + MAX_STR_DIGITS + " digits) for integer string "
                    + "conversion: value has " + digits + " digits; use sys.set_int_max_str_digits() to increase the limit");
        }
    }

    /** {@code str(v)} in decimal, or CPython's ValueError when it would have more than 4300 digits. */
    static String decimal(BigInteger v) {
        if (v.bitLength() >= FIRST_TOO_LONG.bitLength() && v.abs().compareTo(FIRST_TOO_LONG) >= 0) {
            throw PyException.valueError("Exceeds the limit (" + MAX_STR_DIGITS + " digits) for integer string "
                    + "conversion; use sys.set_int_max_str_digits() to increase the limit");
        }
        return v.toString();
    }

    /** The value as a long, or Python's OverflowError for indices that do not fit. */
    public static long toLong(BigInteger v) {
        if (v.bitLength() > 63) {
            throw new PyException("OverflowError", "Python int too large to convert to C ssize_t");
        }
        return v.longValue();
    }
}
