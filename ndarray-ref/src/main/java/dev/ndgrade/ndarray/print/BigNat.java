package dev.ndgrade.ndarray.print;

import java.util.Arrays;

/**
 * A mutable natural number of any size, with just the operations the {@link Dragon4} digit loop needs.
 * Mutable and allocation-free in the loop because printing a 1000-element array runs that loop some 30,000 times.
 * Limbs are unsigned 32-bit words, least significant first; {@code len} excludes leading zero limbs.
 */
final class BigNat {
    private static final long MASK = 0xFFFF_FFFFL;
    private static final int[] SMALL_POW10 = {1, 10, 100, 1000, 10_000, 100_000, 1_000_000, 10_000_000,
        100_000_000, 1_000_000_000};

    private int[] limbs = new int[8];
    private int len;

    /** this = v, for v &gt;= 0. */
    void set(long v) {
        limbs[0] = (int) v;
        limbs[1] = (int) (v >>> 32);
        len = limbs[1] != 0 ? 2 : limbs[0] != 0 ? 1 : 0;
    }

    /** this = 2^n. */
    void setPow2(int n) {
        int words = n / 32 + 1;
        ensure(words);
        Arrays.fill(limbs, 0, words, 0);
        limbs[words - 1] = 1 << (n % 32);
        len = words;
    }

    void copyFrom(BigNat o) {
        ensure(o.len);
        System.arraycopy(o.limbs, 0, limbs, 0, o.len);
        len = o.len;
    }

    /** this = 2 * o. */
    void setTwice(BigNat o) {
        copyFrom(o);
        shiftLeft(1);
    }

    /** this = a + b. */
    void setSum(BigNat a, BigNat b) {
        BigNat big = a.len >= b.len ? a : b;
        BigNat small = big == a ? b : a;
        ensure(big.len + 1);
        long carry = 0;
        for (int i = 0; i < big.len; i++) {
            long s = (big.limbs[i] & MASK) + (i < small.len ? small.limbs[i] & MASK : 0) + carry;
            limbs[i] = (int) s;
            carry = s >>> 32;
        }
        len = big.len;
        if (carry != 0) {
            limbs[len++] = (int) carry;
        }
    }

    void shiftLeft(int n) {
        if (len == 0 || n == 0) {
            return;
        }
        int words = n / 32;
        int bits = n % 32;
        ensure(len + words + 1);
        if (bits == 0) {
            System.arraycopy(limbs, 0, limbs, words, len);
            limbs[len + words] = 0;
        } else {
            limbs[len + words] = limbs[len - 1] >>> (32 - bits);
            for (int i = len - 1; i > 0; i--) {
                limbs[i + words] = (limbs[i] << bits) | (limbs[i - 1] >>> (32 - bits));
            }
            limbs[words] = limbs[0] << bits;
        }
        Arrays.fill(limbs, 0, words, 0);
        len += words + 1;
        trim();
    }

    /** this *= m, for 0 &lt; m &lt; 2^31. */
    void multiplySmall(int m) {
        long carry = 0;
        for (int i = 0; i < len; i++) {
            long p = (limbs[i] & MASK) * m + carry;
            limbs[i] = (int) p;
            carry = p >>> 32;
        }
        if (carry != 0) {
            ensure(len + 1);
            limbs[len++] = (int) carry;
        }
    }

    /** this *= 10^n, for n &gt;= 0. */
    void multiplyPow10(int n) {
        for (; n >= 9; n -= 9) {
            multiplySmall(SMALL_POW10[9]);
        }
        if (n > 0) {
            multiplySmall(SMALL_POW10[n]);
        }
    }

    /** The most significant limb's highest set bit (0..31), for a non-zero number. */
    int topBit() {
        return 31 - Integer.numberOfLeadingZeros(limbs[len - 1]);
    }

    boolean isZero() {
        return len == 0;
    }

    static int compare(BigNat a, BigNat b) {
        if (a.len != b.len) {
            return a.len < b.len ? -1 : 1;
        }
        for (int i = a.len - 1; i >= 0; i--) {
            if (a.limbs[i] != b.limbs[i]) {
                return Integer.compareUnsigned(a.limbs[i], b.limbs[i]);
            }
        }
        return 0;
    }

    /**
     * Replaces this by {@code this mod den} and returns {@code this / den}, which must be below 10. {@code den}'s top
     * limb must have its highest bit at index 27, so that ten times it still fits the same number of limbs and the
     * quotient estimated from the top 64 bits is exact or one too small.
     */
    int divideRemainderDigit(BigNat den) {
        int n = den.len;
        if (len < n) {
            return 0;
        }
        long q;
        if (n == 1) {
            q = (limbs[0] & MASK) / (den.limbs[0] & MASK);
        } else {
            long num = ((limbs[n - 1] & MASK) << 32) | (limbs[n - 2] & MASK);
            long d = ((den.limbs[n - 1] & MASK) << 32) | (den.limbs[n - 2] & MASK);
            q = Long.divideUnsigned(num, d + 1);
        }
        if (q > 0) {
            subtractMultiple(den, q);
        }
        if (compare(this, den) >= 0) {
            subtractMultiple(den, 1);
            q++;
        }
        return (int) q;
    }

    /** this -= q * den, known not to go below zero. */
    private void subtractMultiple(BigNat den, long q) {
        long carry = 0;
        long borrow = 0;
        for (int i = 0; i < len; i++) {
            long p = (i < den.len ? (den.limbs[i] & MASK) * q : 0) + carry;
            carry = p >>> 32;
            long diff = (limbs[i] & MASK) - (p & MASK) - borrow;
            limbs[i] = (int) diff;
            borrow = diff < 0 ? 1 : 0;
        }
        trim();
    }

    private void trim() {
        while (len > 0 && limbs[len - 1] == 0) {
            len--;
        }
    }

    private void ensure(int words) {
        if (limbs.length < words) {
            limbs = Arrays.copyOf(limbs, Math.max(words, limbs.length * 2));
        }
    }
}
