package dev.ndgrade.ndarray;

import java.util.List;
import java.util.Optional;

/**
 * An array's element type: how many bytes an element takes and how they are read.
 *
 * <p>The closed set ndgrade supports: {@code bool}, signed and unsigned integers of 1, 2, 4 and 8 bytes,
 * {@code float32}, {@code float64}, {@code complex64} and {@code complex128}, all native (little-endian) byte order.
 */
public sealed interface DType permits DType.Bool, DType.Int, DType.Float, DType.Complex {

    Bool BOOL = new Bool();
    Int INT8 = new Int(1, true);
    Int INT16 = new Int(2, true);
    Int INT32 = new Int(4, true);
    Int INT64 = new Int(8, true);
    Int UINT8 = new Int(1, false);
    Int UINT16 = new Int(2, false);
    Int UINT32 = new Int(4, false);
    Int UINT64 = new Int(8, false);
    Float FLOAT32 = new Float(4);
    Float FLOAT64 = new Float(8);
    Complex COMPLEX64 = new Complex(8);
    Complex COMPLEX128 = new Complex(16);

    /** Every supported dtype, in NumPy's type-number order. */
    List<DType> ALL = List.of(BOOL, INT8, UINT8, INT16, UINT16, INT32, UINT32, INT64, UINT64,
            FLOAT32, FLOAT64, COMPLEX64, COMPLEX128);

    /** Bytes per element. */
    int itemsize();

    /** NumPy's {@code dtype.name}, e.g. {@code int64}, {@code bool}. */
    String name();

    /** NumPy's {@code dtype.kind}: b, i, u, f or c. */
    char kind();

    /** NumPy's {@code dtype.char}, e.g. {@code l} for int64. */
    char typeChar();

    /** NumPy's {@code dtype.str}, e.g. {@code <i8}, {@code |b1}. */
    default String typeString() {
        String order = itemsize() == 1 ? "|" : "<";
        return order + kind() + (this instanceof Bool ? 1 : itemsize());
    }

    /** Byte alignment the ALIGNED flag is checked against. */
    default int alignment() {
        return this instanceof Complex c ? c.itemsize() / 2 : itemsize();
    }

    /** True for the dtypes NumPy leaves out of {@code repr} ({@code int64, float64, complex128, bool}). */
    default boolean isImpliedInRepr() {
        return this == BOOL || this.equals(INT64) || this.equals(FLOAT64) || this.equals(COMPLEX128);
    }

    /** The dtype with this name or type string ({@code "int64"}, {@code "i8"}, {@code "<f8"}, {@code "float"}), if any. */
    static Optional<DType> byName(String name) {
        String n = name.startsWith("<") || name.startsWith("|") || name.startsWith("=") ? name.substring(1) : name;
        for (DType t : ALL) {
            if (t.name().equals(n) || (String.valueOf(t.kind()) + (t instanceof Bool ? 1 : t.itemsize())).equals(n)
                    || String.valueOf(t.typeChar()).equals(n)) {
                return Optional.of(t);
            }
        }
        return switch (n) {
            case "bool_", "?" -> Optional.of(BOOL);
            case "int", "int_", "intp", "long", "p", "n", "q" -> Optional.of(INT64);
            case "uint", "uintp", "ulong", "P", "N", "Q" -> Optional.of(UINT64);
            case "float", "double" -> Optional.of(FLOAT64);
            case "single" -> Optional.of(FLOAT32);
            case "complex", "cdouble" -> Optional.of(COMPLEX128);
            case "csingle" -> Optional.of(COMPLEX64);
            case "byte" -> Optional.of(INT8);
            case "ubyte" -> Optional.of(UINT8);
            case "short" -> Optional.of(INT16);
            case "ushort" -> Optional.of(UINT16);
            case "intc" -> Optional.of(INT32);
            case "uintc" -> Optional.of(UINT32);
            case "longlong" -> Optional.of(INT64);
            case "ulonglong" -> Optional.of(UINT64);
            default -> Optional.empty();
        };
    }

    /** {@code numpy.bool}: one byte, 0 or 1. */
    record Bool() implements DType {
        @Override public int itemsize() { return 1; }
        @Override public String name() { return "bool"; }
        @Override public char kind() { return 'b'; }
        @Override public char typeChar() { return '?'; }
        @Override public String toString() { return name(); }
    }

    /** A two's-complement integer of 1, 2, 4 or 8 bytes, signed or not. */
    record Int(int itemsize, boolean signed) implements DType {
        public Int {
            if (itemsize != 1 && itemsize != 2 && itemsize != 4 && itemsize != 8) {
                throw new IllegalArgumentException("integer itemsize must be 1, 2, 4 or 8, not " + itemsize);
            }
        }
        @Override public String name() { return (signed ? "int" : "uint") + itemsize * 8; }
        @Override public char kind() { return signed ? 'i' : 'u'; }
        @Override public char typeChar() {
            char c = switch (itemsize) { case 1 -> 'b'; case 2 -> 'h'; case 4 -> 'i'; default -> 'l'; };
            return signed ? c : Character.toUpperCase(c);
        }
        /** Smallest value, as a long (0 when unsigned). */
        public long min() { return signed ? (itemsize == 8 ? Long.MIN_VALUE : -(1L << (itemsize * 8 - 1))) : 0; }
        /** Largest value; for uint64 this is -1 read as unsigned. */
        public long max() { return signed ? (itemsize == 8 ? Long.MAX_VALUE : (1L << (itemsize * 8 - 1)) - 1)
                : (itemsize == 8 ? -1L : (1L << (itemsize * 8)) - 1); }
        @Override public String toString() { return name(); }
    }

    /** An IEEE 754 binary float of 4 or 8 bytes. */
    record Float(int itemsize) implements DType {
        public Float {
            if (itemsize != 4 && itemsize != 8) {
                throw new IllegalArgumentException("float itemsize must be 4 or 8, not " + itemsize);
            }
        }
        @Override public String name() { return "float" + itemsize * 8; }
        @Override public char kind() { return 'f'; }
        @Override public char typeChar() { return itemsize == 4 ? 'f' : 'd'; }
        @Override public String toString() { return name(); }
    }

    /** A complex number of two floats, 8 or 16 bytes in all. */
    record Complex(int itemsize) implements DType {
        public Complex {
            if (itemsize != 8 && itemsize != 16) {
                throw new IllegalArgumentException("complex itemsize must be 8 or 16, not " + itemsize);
            }
        }
        @Override public String name() { return "complex" + itemsize * 8; }
        @Override public char kind() { return 'c'; }
        @Override public char typeChar() { return itemsize == 8 ? 'F' : 'D'; }
        /** The dtype of each part. */
        public Float part() { return itemsize == 8 ? FLOAT32 : FLOAT64; }
        @Override public String toString() { return name(); }
    }
}
