package dev.ndgrade.ndarray;

import dev.ndgrade.ndarray.error.NumpyException;
import java.math.BigDecimal;

/**
 * NumPy 2.4's {@code casting='same_value'}: a cast is done as an unsafe one, then refused if any element's value
 * changed — compared as numbers, so -1 → uint8 fails although its bits come back. NaN stays NaN; a cast to bool
 * is never refused; a complex value cast to a real type must have kept its real part and have no imaginary part.
 */
public final class SameValueCast {
    private SameValueCast() {
    }

    /** Raises NumPy's ValueError at the first element (in C order) {@code cast} does not hold the value of. */
    public static void check(NdArray src, NdArray cast) {
        if (cast.dtype() instanceof DType.Bool) {
            return;
        }
        long[] from = src.offsetsInCOrder();
        long[] to = cast.offsetsInCOrder();
        for (int i = 0; i < from.length; i++) {
            Scalar before = src.elementAt(from[i]);
            Scalar after = cast.elementAt(to[i]);
            if (!same(real(before), real(after)) || !same(imag(before), imag(after))) {
                String suffix = before instanceof Scalar.ComplexValue && !(after instanceof Scalar.ComplexValue)
                        && same(real(before), real(after)) ? ": imag is not 0" : "";
                throw NumpyException.valueError("could not cast 'same_value' " + cName(src.dtype()) + " to "
                        + cName(cast.dtype()) + suffix);
            }
        }
    }

    /** A number's exact value as a BigDecimal; NaN and the infinities, which have none, as tokens equal only to themselves. */
    private static Object real(Scalar s) {
        if (s instanceof Scalar.IntValue i) {
            return new BigDecimal(i.bigValue());
        }
        return exact(s.asDouble());
    }

    private static Object imag(Scalar s) {
        return exact(s.imag());
    }

    private static Object exact(double d) {
        if (Double.isNaN(d)) {
            return "nan";
        }
        return Double.isInfinite(d) ? Double.valueOf(d) : new BigDecimal(d);
    }

    private static boolean same(Object a, Object b) {
        if (a instanceof BigDecimal x && b instanceof BigDecimal y) {
            return x.compareTo(y) == 0;
        }
        return a.equals(b);
    }

    /** The C type NumPy's cast loops name in the message: {@code long} for int64, {@code cfloat} for complex64. */
    private static String cName(DType t) {
        return switch (t.name()) {
            case "int8" -> "byte";
            case "uint8" -> "ubyte";
            case "int16" -> "short";
            case "uint16" -> "ushort";
            case "int32" -> "int";
            case "uint32" -> "uint";
            case "int64" -> "long";
            case "uint64" -> "ulong";
            case "float32" -> "float";
            case "float64" -> "double";
            case "complex64" -> "cfloat";
            case "complex128" -> "cdouble";
            default -> t.name();
        };
    }
}
