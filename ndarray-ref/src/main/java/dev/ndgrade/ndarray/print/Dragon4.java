package dev.ndgrade.ndarray.print;

/**
 * Decimal digits of a binary float by the Dragon4 method (Steele &amp; White; Burger &amp; Dybvig's free-format
 * variant), with the cutoff rules of NumPy's {@code dragon4.c}: digits are generated exactly from the binary value
 * until they identify it uniquely among its neighbours (ties of the interval ends counted as inside when the
 * significand is even, as IEEE round-half-even reads them back), but never past {@code cutoffMax} digits and never
 * fewer than {@code cutoffMin}; the last digit is then rounded on the exact remainder, ties to an even digit.
 *
 * <p>Uncapped, this gives the shortest string that reads back to the same float and is nearest to it, the digits of
 * Python's {@code repr}.
 */
final class Dragon4 {
    /** Where a digit cap counts from. */
    enum Cutoff {
        /** Significant digits in all. */
        TOTAL_LENGTH,
        /** Digits after the decimal point. */
        FRACTION_LENGTH
    }

    /** NumPy formats into a 16 KiB buffer; the cap only matters for very long exact expansions. */
    private static final int BUFFER_DIGITS = 16383;
    private static final double LOG10_2 = 0.30102999566398119521373889472449;

    /** Digits {@code d0 d1 d2 ...} meaning {@code d0.d1d2... * 10^exponent}. */
    record Digits(String digits, int exponent) {
    }

    private final BigNat scale = new BigNat();
    private final BigNat value = new BigNat();
    private final BigNat marginLow = new BigNat();
    private final BigNat marginHigh = new BigNat();
    private final BigNat valueHigh = new BigNat();
    private final char[] out = new char[BUFFER_DIGITS + 1];

    private static final ThreadLocal<Dragon4> PER_THREAD = ThreadLocal.withInitial(Dragon4::new);

    private Dragon4() {
    }

    /**
     * Digits of a finite float's magnitude.
     *
     * @param cutoffMax at most this many digits (per {@code cutoff}), or -1 for no cap
     * @param cutoffMin at least this many digits even when fewer identify the value, or -1
     */
    static Digits digits(BinaryFloat v, Cutoff cutoff, int cutoffMax, int cutoffMin) {
        return PER_THREAD.get().generate(v, cutoff, cutoffMax, cutoffMin);
    }

    private Digits generate(BinaryFloat v, Cutoff cutoff, int cutoffMax, int cutoffMin) {
        if (v.mantissa() == 0) {
            return new Digits("0", 0);
        }
        boolean isEven = (v.mantissa() & 1) == 0;
        boolean unequal = v.unequalMargins();
        int exponent = v.exponent();
        // value = scaledValue / scale, margins = half the gaps to the neighbouring floats, all doubled (or
        // quadrupled with unequal margins) to stay integers.
        value.set(v.mantissa());
        if (exponent > 0) {
            value.shiftLeft(exponent + (unequal ? 2 : 1));
            scale.set(unequal ? 4 : 2);
            marginLow.setPow2(exponent);
        } else {
            value.shiftLeft(unequal ? 2 : 1);
            scale.setPow2(-exponent + (unequal ? 2 : 1));
            marginLow.set(1);
        }
        updateHighMargin(unequal);

        // An estimate of floor(log10(v)) + 1 that is right or one too small.
        int digitExponent = (int) Math.ceil((v.mantissaBit() + exponent) * LOG10_2 - 0.69);
        if (cutoffMax >= 0 && cutoff == Cutoff.FRACTION_LENGTH && digitExponent <= -cutoffMax) {
            digitExponent = -cutoffMax + 1; // a tiny value: start at the last allowed digit and round there
        }
        if (digitExponent > 0) {
            scale.multiplyPow10(digitExponent);
        } else if (digitExponent < 0) {
            value.multiplyPow10(-digitExponent);
            marginLow.multiplyPow10(-digitExponent);
            updateHighMargin(unequal);
        }
        if (BigNat.compare(value, scale) >= 0) {
            digitExponent++;
        } else {
            multiplyByTen(unequal);
        }

        int cutoffMaxExponent = digitExponent - BUFFER_DIGITS;
        if (cutoffMax >= 0) {
            int desired = cutoff == Cutoff.TOTAL_LENGTH ? digitExponent - cutoffMax : -cutoffMax;
            cutoffMaxExponent = Math.max(cutoffMaxExponent, desired);
        }
        int cutoffMinExponent = digitExponent;
        if (cutoffMin >= 0) {
            int desired = cutoff == Cutoff.TOTAL_LENGTH ? digitExponent - cutoffMin : -cutoffMin;
            cutoffMinExponent = Math.min(cutoffMinExponent, desired);
        }
        int firstExponent = digitExponent - 1;

        // Put the scale's top bit at index 27 of its top limb, the precondition of divideRemainderDigit.
        int shift = (32 + 27 - scale.topBit()) % 32;
        scale.shiftLeft(shift);
        value.shiftLeft(shift);
        marginLow.shiftLeft(shift);
        updateHighMargin(unequal);

        int count = 0;
        int digit;
        boolean low;
        boolean high;
        while (true) {
            digitExponent--;
            digit = value.divideRemainderDigit(scale);
            valueHigh.setSum(value, unequal ? marginHigh : marginLow);
            int cmpLow = BigNat.compare(value, marginLow);
            low = isEven ? cmpLow <= 0 : cmpLow < 0;
            int cmpHigh = BigNat.compare(valueHigh, scale);
            high = isEven ? cmpHigh >= 0 : cmpHigh > 0;
            if (((low || high) && digitExponent <= cutoffMinExponent) || digitExponent == cutoffMaxExponent) {
                break;
            }
            out[count++] = (char) ('0' + digit);
            multiplyByTen(unequal);
        }

        boolean roundDown = low;
        if (low == high) {
            // Both neighbours are far or both are near: round to the nearer digit, ties to even.
            value.shiftLeft(1);
            int cmp = BigNat.compare(value, scale);
            roundDown = cmp < 0 || (cmp == 0 && (digit & 1) == 0);
        }
        if (roundDown || digit < 9) {
            out[count++] = (char) ('0' + digit + (roundDown ? 0 : 1));
        } else {
            // Round a trailing run of nines up; the zeros it leaves are dropped.
            while (count > 0 && out[count - 1] == '9') {
                count--;
            }
            if (count == 0) {
                out[count++] = '1';
                firstExponent++;
            } else {
                out[count - 1]++;
            }
        }
        return new Digits(new String(out, 0, count), firstExponent);
    }

    private void multiplyByTen(boolean unequal) {
        value.multiplySmall(10);
        marginLow.multiplySmall(10);
        updateHighMargin(unequal);
    }

    private void updateHighMargin(boolean unequal) {
        if (unequal) {
            marginHigh.setTwice(marginLow);
        }
    }
}
