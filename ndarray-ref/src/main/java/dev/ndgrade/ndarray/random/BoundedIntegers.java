package dev.ndgrade.ndarray.random;

import dev.ndgrade.ndarray.DType;
import java.util.function.LongUnaryOperator;

/**
 * Integers in a closed range {@code [off, off + rng]} (distributions.c, random_bounded_uint64_fill): Lemire's
 * multiply-and-reject for the Generator, masked rejection for the legacy functions, 32-bit draws when the range fits.
 * Values are unsigned 64-bit in longs; the caller reads them back in its dtype.
 */
final class BoundedIntegers {
    private static final long UINT32_MAX = 0xFFFF_FFFFL;

    private BoundedIntegers() {
    }

    /** One draw in [0, rng]: random_bounded_uint64, whose fill makes the same choices for every value. */
    static long draw(BitGenerator bits, long rng, boolean masked) {
        if (rng == 0) {
            return 0;
        }
        if (Long.compareUnsigned(rng, UINT32_MAX) <= 0) {
            if (rng == UINT32_MAX) {
                return bits.nextUint32();
            }
            return masked ? maskedUint32(bits, rng) : lemireUint32(bits, rng);
        }
        if (rng == -1L) {
            return bits.nextUint64();
        }
        return masked ? maskedUint64(bits, rng) : lemireUint64(bits, rng);
    }

    /**
     * The draws of one fill of {@code dtype} (a call's array, or its one scalar): 8- and 16-bit integers share
     * 32-bit draws within the fill, wider ones draw afresh each time.
     */
    static LongUnaryOperator fill(BitGenerator bits, DType dtype, boolean masked) {
        if (dtype == DType.BOOL) {
            NarrowIntegers narrow = new NarrowIntegers(bits, 1);
            return narrow::bit;
        }
        if (dtype.itemsize() <= 2) {
            NarrowIntegers narrow = new NarrowIntegers(bits, 8 * dtype.itemsize());
            return rng -> narrow.draw(rng, masked);
        }
        return rng -> draw(bits, rng, masked);
    }

    /** {@code random_interval}: masked rejection, 32-bit draws while max fits; shuffles use it. */
    static long interval(BitGenerator bits, long max) {
        if (max == 0) {
            return 0;
        }
        long mask = mask(max);
        long value;
        if (Long.compareUnsigned(max, UINT32_MAX) <= 0) {
            do {
                value = bits.nextUint32() & mask;
            } while (value > max);
        } else {
            do {
                value = bits.nextUint64() & mask;
            } while (Long.compareUnsigned(value, max) > 0);
        }
        return value;
    }

    /** The smallest all-ones bit mask at least max. */
    static long mask(long max) {
        long m = max;
        m |= m >>> 1;
        m |= m >>> 2;
        m |= m >>> 4;
        m |= m >>> 8;
        m |= m >>> 16;
        m |= m >>> 32;
        return m;
    }

    private static long maskedUint32(BitGenerator bits, long rng) {
        long mask = mask(rng);
        long value;
        do {
            value = bits.nextUint32() & mask;
        } while (value > rng);
        return value;
    }

    private static long maskedUint64(BitGenerator bits, long rng) {
        long mask = mask(rng);
        long value;
        do {
            value = bits.nextUint64() & mask;
        } while (Long.compareUnsigned(value, rng) > 0);
        return value;
    }

    private static long lemireUint32(BitGenerator bits, long rng) {
        long rngExcl = rng + 1;
        long m = bits.nextUint32() * rngExcl;
        long leftover = m & UINT32_MAX;
        if (leftover < rngExcl) {
            long threshold = (UINT32_MAX - rng) % rngExcl;
            while (leftover < threshold) {
                m = bits.nextUint32() * rngExcl;
                leftover = m & UINT32_MAX;
            }
        }
        return m >>> 32;
    }

    private static long lemireUint64(BitGenerator bits, long rng) {
        long rngExcl = rng + 1;
        long x = bits.nextUint64();
        long leftover = x * rngExcl;
        if (Long.compareUnsigned(leftover, rngExcl) < 0) {
            long threshold = Long.remainderUnsigned(-1L - rng, rngExcl);
            while (Long.compareUnsigned(leftover, threshold) < 0) {
                x = bits.nextUint64();
                leftover = x * rngExcl;
            }
        }
        return Pcg64.unsignedMultiplyHigh(x, rngExcl);
    }
}
