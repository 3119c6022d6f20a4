package dev.ndgrade.ndarray.print;

/**
 * An IEEE binary float taken apart the way Dragon4 wants it: {@code value = mantissa * 2^exponent}, with the index of
 * the mantissa's highest bit and whether the gap to the next float down is half the gap up (an exact power of two).
 *
 * @param negative         the sign bit (so {@code -0.0} and {@code -inf} are negative; NaN prints without a sign)
 * @param mantissa         the integer significand, 0 for zero, infinities and NaN
 * @param exponent         the power of two the significand is scaled by
 * @param mantissaBit      index of the mantissa's highest set bit
 * @param unequalMargins   true when the lower neighbour is nearer than the upper one
 * @param kind             finite, infinite or NaN
 */
record BinaryFloat(boolean negative, long mantissa, int exponent, int mantissaBit, boolean unequalMargins, Kind kind) {

    enum Kind { FINITE, INFINITE, NAN }

    static BinaryFloat of(double d) {
        long bits = Double.doubleToRawLongBits(d);
        boolean negative = bits < 0;
        int e = (int) ((bits >>> 52) & 0x7FF);
        long m = bits & 0xF_FFFF_FFFF_FFFFL;
        if (e == 0x7FF) {
            return new BinaryFloat(negative, 0, 0, 0, false, m == 0 ? Kind.INFINITE : Kind.NAN);
        }
        if (e == 0) {
            return new BinaryFloat(negative, m, -1074, m == 0 ? 0 : 63 - Long.numberOfLeadingZeros(m), false, Kind.FINITE);
        }
        return new BinaryFloat(negative, m | (1L << 52), e - 1075, 52, e != 1 && m == 0, Kind.FINITE);
    }

    static BinaryFloat of(float f) {
        int bits = Float.floatToRawIntBits(f);
        boolean negative = bits < 0;
        int e = (bits >>> 23) & 0xFF;
        int m = bits & 0x7F_FFFF;
        if (e == 0xFF) {
            return new BinaryFloat(negative, 0, 0, 0, false, m == 0 ? Kind.INFINITE : Kind.NAN);
        }
        if (e == 0) {
            return new BinaryFloat(negative, m, -149, m == 0 ? 0 : 31 - Integer.numberOfLeadingZeros(m), false, Kind.FINITE);
        }
        return new BinaryFloat(negative, m | (1 << 23), e - 150, 23, e != 1 && m == 0, Kind.FINITE);
    }

    boolean isFinite() {
        return kind == Kind.FINITE;
    }

    boolean isZero() {
        return kind == Kind.FINITE && mantissa == 0;
    }
}
