package dev.ndgrade.ndarray;

/**
 * Reads and writes single elements of any dtype at a byte offset, converting between dtypes the way NumPy's
 * unsafe C casts do ({@code astype}, assignment into an array).
 */
public final class Elements {
    private Elements() {
    }

    /** The element of type {@code t} at byte {@code off}. */
    public static Scalar read(DType t, Buffer b, long off) {
        if (t instanceof DType.Int i) {
            return new Scalar.IntValue(i, readLong(i, b, off));
        } else if (t instanceof DType.Float f) {
            return new Scalar.FloatValue(f, readDouble(f, b, off));
        } else if (t instanceof DType.Complex c) {
            return c.itemsize() == 8
                    ? new Scalar.ComplexValue(c, b.getFloat(off), b.getFloat(off + 4))
                    : new Scalar.ComplexValue(c, b.getDouble(off), b.getDouble(off + 8));
        }
        return Scalar.of(b.getByte(off) != 0);
    }

    /** An integer element, sign- or zero-extended to a long. */
    public static long readLong(DType.Int t, Buffer b, long off) {
        return switch (t.itemsize()) {
            case 1 -> t.signed() ? b.getByte(off) : b.getByte(off) & 0xFFL;
            case 2 -> t.signed() ? b.getShort(off) : b.getShort(off) & 0xFFFFL;
            case 4 -> t.signed() ? b.getInt(off) : b.getInt(off) & 0xFFFF_FFFFL;
            default -> b.getLong(off);
        };
    }

    public static double readDouble(DType.Float t, Buffer b, long off) {
        return t.itemsize() == 4 ? b.getFloat(off) : b.getDouble(off);
    }

    /** Writes {@code v} as type {@code t}, casting like NumPy's unsafe casts. */
    public static void write(DType t, Buffer b, long off, Scalar v) {
        if (t instanceof DType.Int i) {
            writeLong(i, b, off, v instanceof Scalar.IntValue || v instanceof Scalar.BoolValue ? toLong(v) : castDouble(v.asDouble(), i));
        } else if (t instanceof DType.Float f) {
            writeDouble(f, b, off, v.asDouble());
        } else if (t instanceof DType.Complex c) {
            if (c.itemsize() == 8) {
                b.putFloat(off, (float) v.asDouble());
                b.putFloat(off + 4, (float) v.imag());
            } else {
                b.putDouble(off, v.asDouble());
                b.putDouble(off + 8, v.imag());
            }
        } else {
            b.putByte(off, (byte) (v.isTrue() ? 1 : 0));
        }
    }

    public static void writeLong(DType.Int t, Buffer b, long off, long v) {
        switch (t.itemsize()) {
            case 1 -> b.putByte(off, (byte) v);
            case 2 -> b.putShort(off, (short) v);
            case 4 -> b.putInt(off, (int) v);
            default -> b.putLong(off, v);
        }
    }

    public static void writeDouble(DType.Float t, Buffer b, long off, double v) {
        if (t.itemsize() == 4) {
            b.putFloat(off, (float) v);
        } else {
            b.putDouble(off, v);
        }
    }

    /** The integer a C cast gives: floats truncate toward zero; NaN and out-of-range values give Long.MIN_VALUE as on x86. */
    public static long toLong(Scalar v) {
        if (v instanceof Scalar.IntValue i) {
            return i.value();
        } else if (v instanceof Scalar.BoolValue b) {
            return b.value() ? 1 : 0;
        }
        return castDouble(v.asDouble());
    }

    /**
     * The C cast of a double to integer type {@code t} as NumPy's x86-64 build computes it element by element:
     * int64 through the 64-bit cvttsd2si, uint64 through it on d or d - 2^63, uint32 through it with the bits cut,
     * narrower types and int32 through the 32-bit one (NaN and overflow give the "integer indefinite" INT_MIN, then
     * the bits are cut). NumPy's contiguous SIMD loops (blocks of 4) differ only for uint32 (NaN gives 2^31 there),
     * which this does not model.
     */
    public static long castDouble(double d, DType.Int t) {
        if (t.itemsize() == 8) {
            return t.signed() || !(d >= 0x1p63) ? cvtt64(d) : cvtt64(d - 0x1p63) ^ Long.MIN_VALUE;
        }
        if (t.itemsize() == 4 && !t.signed()) {
            return cvtt64(d);
        }
        return cvtt32(d);
    }

    private static long cvtt32(double d) {
        return Double.isNaN(d) || d >= 0x1p31 || d < -0x1p31 ? Integer.MIN_VALUE : (long) d;
    }

    private static long cvtt64(double d) {
        return Double.isNaN(d) || d >= 0x1p63 || d < -0x1p63 ? Long.MIN_VALUE : (long) d;
    }

    /** x86's cvttsd2si: truncation, with NaN and overflow giving the "integer indefinite" value. */
    public static long castDouble(double d) {
        if (Double.isNaN(d) || d >= 0x1p63 || d < -0x1p63) {
            if (d >= 0x1p63 && d < 0x1p64) {
                return (long) (d - 0x1p63) + Long.MIN_VALUE; // uint64 range: keep the bits NumPy keeps
            }
            return Long.MIN_VALUE;
        }
        return (long) d;
    }
}
