package dev.ndgrade.ndarray.ufunc;

import dev.ndgrade.ndarray.error.NumpyException;

/**
 * NumPy's integer arithmetic on values held in a long (sign- or zero-extended from their dtype; the result is wrapped
 * to the dtype's width when written). Division and remainder follow Python (floor), division by zero gives 0 (NumPy
 * only warns), and uint64 — whose values above 2^63 read as negative longs — uses unsigned operations.
 */
final class IntMath {
    private IntMath() {
    }

    static long floorDivide(long n, long d, boolean uint64) {
        if (d == 0) {
            return 0;
        }
        if (uint64) {
            return Long.divideUnsigned(n, d);
        }
        long q = n / d; // Long.MIN_VALUE / -1 stays Long.MIN_VALUE, NumPy's answer too
        if ((n % d != 0) && ((n < 0) != (d < 0))) {
            q--;
        }
        return q;
    }

    static long remainder(long n, long d, boolean uint64) {
        if (d == 0) {
            return 0;
        }
        if (uint64) {
            return Long.remainderUnsigned(n, d);
        }
        long r = n % d;
        if (r != 0 && ((r < 0) != (d < 0))) {
            r += d;
        }
        return r;
    }

    /** {@code base ** exp} by squaring, wrapping like C; a negative signed exponent is NumPy's ValueError. */
    static long power(long base, long exp, boolean signed) {
        if (signed && exp < 0) {
            throw NumpyException.valueError("Integers to negative integer powers are not allowed.");
        }
        if (exp == 0 || base == 1) {
            return 1;
        }
        long out = (exp & 1) != 0 ? base : 1;
        exp >>>= 1;
        while (exp != 0) {
            base *= base;
            if ((exp & 1) != 0) {
                out *= base;
            }
            exp >>>= 1;
        }
        return out;
    }

    /**
     * Three-way comparison of two integers, each either an ordinary long or (flag set) the bits of a uint64. NumPy 2
     * compares int64 with uint64 exactly.
     */
    static int compare(long x, boolean xUint64, long y, boolean yUint64) {
        if (xUint64 == yUint64) {
            return xUint64 ? Long.compareUnsigned(x, y) : Long.compare(x, y);
        }
        if (xUint64) {
            return y < 0 ? 1 : Long.compareUnsigned(x, y);
        }
        return x < 0 ? -1 : Long.compareUnsigned(x, y);
    }
}
