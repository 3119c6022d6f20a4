package dev.ndgrade.python.runtime;

import java.math.BigInteger;

/** Python ints as BigIntegers, with CPython's cache of small ints so that {@code is} behaves as it does there. */
public final class Ints {
    private static final BigInteger[] SMALL = new BigInteger[262];

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

    /** The value as a long, or Python's OverflowError for indices that do not fit. */
    public static long toLong(BigInteger v) {
        if (v.bitLength() > 63) {
            throw new PyException("OverflowError", "Python int too large to convert to C ssize_t");
        }
        return v.longValue();
    }
}
