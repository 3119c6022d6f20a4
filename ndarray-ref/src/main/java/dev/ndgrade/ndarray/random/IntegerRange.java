package dev.ndgrade.ndarray.random;

import dev.ndgrade.ndarray.DType;
import dev.ndgrade.ndarray.error.NumpyException;
import java.math.BigInteger;

/**
 * The closed range {@code [low, low + rng]} an integer draw lands in, checked as _bounded_integers.pyx checks
 * {@code low} and {@code high} against the dtype before any bit is drawn.
 *
 * @param off the lowest value, as the dtype's bits
 * @param rng the width of the range minus one, unsigned
 */
record IntegerRange(long off, long rng) {

    static IntegerRange of(BigInteger low, BigInteger high, boolean endpoint, DType dtype) {
        BigInteger top = endpoint ? high : high.subtract(BigInteger.ONE);
        if (low.compareTo(lowest(dtype)) < 0) {
            throw NumpyException.valueError("low is out of bounds for " + dtype.name());
        }
        if (top.compareTo(highest(dtype)) > 0) {
            throw NumpyException.valueError("high is out of bounds for " + dtype.name());
        }
        if (low.compareTo(top) > 0) {
            throw NumpyException.valueError(boundsError(endpoint, low));
        }
        return new IntegerRange(low.longValue(), top.subtract(low).longValue());
    }

    /** {@code format_bounds_error}: low == 0 is the one-argument call, so the message speaks of high alone. */
    private static String boundsError(boolean closed, BigInteger low) {
        boolean zero = low.signum() == 0;
        if (closed) {
            return zero ? "high < 0" : "low > high";
        }
        return zero ? "high <= 0" : "low >= high";
    }

    private static BigInteger lowest(DType t) {
        return t instanceof DType.Int i && i.signed() ? BigInteger.ONE.shiftLeft(8 * i.itemsize() - 1).negate() : BigInteger.ZERO;
    }

    /** A bool is the one-bit unsigned range [0, 1]. */
    private static BigInteger highest(DType t) {
        int bits = t instanceof DType.Int i ? (i.signed() ? 8 * i.itemsize() - 1 : 8 * i.itemsize()) : 1;
        return BigInteger.ONE.shiftLeft(bits).subtract(BigInteger.ONE);
    }
}
