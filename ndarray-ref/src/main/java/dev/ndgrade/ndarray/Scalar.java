package dev.ndgrade.ndarray;

/**
 * A NumPy scalar ({@code np.int64(3)}, {@code np.float32(0.1)}, {@code np.True_}): one element with its dtype,
 * held by value, not on a buffer. Integer-indexing an array to a single element gives one of these, a copy.
 */
public sealed interface Scalar permits Scalar.BoolValue, Scalar.IntValue, Scalar.FloatValue, Scalar.ComplexValue {

    DType dtype();

    /** The value as a double (real part for complex). */
    double asDouble();

    /** The value as a long, truncating floats toward zero; uint64 values above Long.MAX_VALUE wrap. */
    long asLong();

    /** Imaginary part; 0 for real types. */
    default double imag() {
        return 0.0;
    }

    /** NumPy truthiness. */
    boolean isTrue();

    static BoolValue of(boolean b) {
        return b ? BoolValue.TRUE : BoolValue.FALSE;
    }

    /** An integer scalar of {@code type}; {@code raw} is wrapped to the type's width. */
    static IntValue ofInt(DType.Int type, long raw) {
        return new IntValue(type, wrap(type, raw));
    }

    /** A float scalar; float32 values are rounded to single precision. */
    static FloatValue ofFloat(DType.Float type, double v) {
        return new FloatValue(type, type.itemsize() == 4 ? (double) (float) v : v);
    }

    static ComplexValue ofComplex(DType.Complex type, double re, double im) {
        return type.itemsize() == 8 ? new ComplexValue(type, (float) re, (float) im) : new ComplexValue(type, re, im);
    }

    /** Two's-complement wrap of {@code v} into {@code type}'s width (sign- or zero-extended back to a long). */
    static long wrap(DType.Int type, long v) {
        return switch (type.itemsize()) {
            case 1 -> type.signed() ? (byte) v : v & 0xFFL;
            case 2 -> type.signed() ? (short) v : v & 0xFFFFL;
            case 4 -> type.signed() ? (int) v : v & 0xFFFF_FFFFL;
            default -> v;
        };
    }

    /** {@code numpy.bool} scalar. */
    record BoolValue(boolean value) implements Scalar {
        public static final BoolValue TRUE = new BoolValue(true);
        public static final BoolValue FALSE = new BoolValue(false);
        @Override public DType dtype() { return DType.BOOL; }
        @Override public double asDouble() { return value ? 1 : 0; }
        @Override public long asLong() { return value ? 1 : 0; }
        @Override public boolean isTrue() { return value; }
    }

    /** An integer scalar; {@code value} holds the bits, read unsigned when the type is unsigned. */
    record IntValue(DType.Int type, long value) implements Scalar {
        @Override public DType dtype() { return type; }
        @Override public double asDouble() {
            if (!type.signed() && value < 0) {
                // halve with the lost bit kept as a sticky bit, so the one rounding is the correct one
                return (double) ((value >>> 1) | (value & 1)) * 2.0;
            }
            return value;
        }
        @Override public long asLong() { return value; }
        @Override public boolean isTrue() { return value != 0; }
        /** The exact decimal value, unsigned-aware. */
        public String decimal() { return type.signed() ? Long.toString(value) : Long.toUnsignedString(value); }
        public java.math.BigInteger bigValue() {
            java.math.BigInteger b = java.math.BigInteger.valueOf(value);
            return !type.signed() && value < 0 ? b.add(java.math.BigInteger.ONE.shiftLeft(64)) : b;
        }
    }

    /** A float scalar; float32 values are held exactly as a double. */
    record FloatValue(DType.Float type, double value) implements Scalar {
        @Override public DType dtype() { return type; }
        @Override public double asDouble() { return value; }
        @Override public long asLong() { return (long) value; }
        @Override public boolean isTrue() { return value != 0; }
    }

    /** A complex scalar. */
    record ComplexValue(DType.Complex type, double re, double im) implements Scalar {
        @Override public DType dtype() { return type; }
        @Override public double asDouble() { return re; }
        @Override public long asLong() { return (long) re; }
        @Override public double imag() { return im; }
        @Override public boolean isTrue() { return re != 0 || im != 0; }
    }
}
