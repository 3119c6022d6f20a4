package dev.ndgrade.ndarray.random;

/**
 * Bounded 8- and 16-bit integers and bools as one NumPy fill draws them (random_bounded_uint16_fill, ..._uint8_fill,
 * ..._bool_fill): each 32-bit draw is cut into two 16-bit, four 8-bit or 32 one-bit pieces, used low end first, and
 * the leftovers die with the fill.
 */
final class NarrowIntegers {
    private final BitGenerator bits;
    private final int width;
    private final long widthMask;
    private long buf;
    private int left;

    NarrowIntegers(BitGenerator bits, int width) {
        this.bits = bits;
        this.width = width;
        this.widthMask = (1L << width) - 1;
    }

    /** One draw in [0, rng], by masked rejection or Lemire's method on the pieces. */
    long draw(long rng, boolean masked) {
        if (rng == 0) {
            return 0;
        }
        if (rng == widthMask) {
            return piece();
        }
        return masked ? masked(rng) : lemire(rng);
    }

    /** {@code buffered_bounded_bool}: a bool range [0, rng] of width 0 or 1. */
    long bit(long rng) {
        return rng == 0 ? 0 : piece();
    }

    private long piece() {
        if (left == 0) {
            buf = bits.nextUint32();
            left = 32 / width - 1;
        } else {
            buf >>>= width;
            left--;
        }
        return buf & widthMask;
    }

    private long masked(long rng) {
        long mask = BoundedIntegers.mask(rng);
        long value;
        do {
            value = piece() & mask;
        } while (value > rng);
        return value;
    }

    private long lemire(long rng) {
        long rngExcl = rng + 1;
        long m = piece() * rngExcl;
        long leftover = m & widthMask;
        if (leftover < rngExcl) {
            long threshold = (widthMask - rng) % rngExcl;
            while (leftover < threshold) {
                m = piece() * rngExcl;
                leftover = m & widthMask;
            }
        }
        return m >>> width;
    }
}
