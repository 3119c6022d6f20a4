package dev.ndgrade.python.runtime;

import dev.ndgrade.ndarray.NdArray;
import dev.ndgrade.ndarray.Scalar;
import java.math.BigInteger;
import java.util.Locale;

/**
 * {@code format(value, spec)}: each type's {@code __format__} as CPython 3.11 and NumPy 2.4 define it. It is what
 * f-string fields, {@code str.format} fields and the {@code format} builtin call.
 */
final class ValueFormat {
    private ValueFormat() {
    }

    static String format(Object value, String spec) {
        if (value instanceof PyInstance i && (!spec.isEmpty() || Classes.lookup(i.type(), "__format__") instanceof UserFunction)) {
            throw new UnsupportedFeature("format() of class instances");
        }
        if (value instanceof String s) {
            return formatString(s, FormatSpec.parse(spec, "str", 's'));
        } else if (value instanceof Boolean b && spec.isEmpty()) {
            return b ? "True" : "False";
        } else if (value instanceof BigInteger || value instanceof Boolean) {
            String typeName = Types.shortName(value);
            return formatInt(PyNumbers.toInt(value), FormatSpec.parse(spec, typeName, 'd'), typeName);
        } else if (value instanceof Double d) {
            return FloatFormat.format(d, FormatSpec.parse(spec, "float", (char) 0));
        } else if (value instanceof PyComplex && !spec.isEmpty()) {
            throw new UnsupportedFeature("format specifications for complex numbers");
        } else if (value instanceof Scalar s) {
            // NumPy's generic.__format__ formats the Python scalar item() returns
            return format(ArrayConversion.toPython(s), spec);
        } else if (value instanceof NdArray a && a.ndim() == 0) {
            return format(ArrayConversion.toPython(a.item()), spec);
        }
        if (!spec.isEmpty()) {
            throw PyException.typeError("unsupported format string passed to " + Types.shortName(value) + ".__format__");
        }
        return Repr.str(value);
    }

    static PyException unknownCode(char type, String typeName) {
        return PyException.valueError("Unknown format code '" + type + "' for object of type '" + typeName + "'");
    }

    private static String formatString(String s, FormatSpec spec) {
        if (spec.type() != 0 && spec.type() != 's') {
            throw unknownCode(spec.type(), "str");
        }
        if (spec.sign() != 0) {
            throw PyException.valueError((spec.sign() == ' ' ? "Space" : "Sign") + " not allowed in string format specifier");
        }
        if (spec.noNegativeZero()) {
            throw PyException.valueError("Negative zero coercion (z) not allowed in string format specifier");
        }
        if (spec.alternate()) {
            throw PyException.valueError("Alternate form (#) not allowed in string format specifier");
        }
        if (spec.align() == '=') {
            throw PyException.valueError("'=' alignment not allowed in string format specifier");
        }
        int length = s.codePointCount(0, s.length());
        String text = spec.precision() >= 0 && spec.precision() < length
                ? s.substring(0, s.offsetByCodePoints(0, spec.precision())) : s;
        return pad(text, spec.width(), spec.alignOr('<'), spec.fillChar());
    }

    /** {@code text} padded to {@code width} code points with {@code fill}, aligned {@code <}, {@code >} or {@code ^}. */
    static String pad(String text, int width, char align, char fill) {
        int padding = width - text.codePointCount(0, text.length());
        if (padding <= 0) {
            return text;
        }
        int left = align == '>' ? padding : align == '^' ? padding / 2 : 0;
        String f = String.valueOf(fill);
        return f.repeat(left) + text + f.repeat(padding - left);
    }

    private static String formatInt(BigInteger v, FormatSpec spec, String typeName) {
        char type = spec.type();
        if ("eEfFgG%".indexOf(type) >= 0) {
            return FloatFormat.format(PyNumbers.toDouble(v), spec);
        }
        if ("bcdoxXn".indexOf(type) < 0) {
            throw unknownCode(type, typeName);
        }
        if (spec.precision() >= 0) {
            throw PyException.valueError("Precision not allowed in integer format specifier");
        }
        if (spec.noNegativeZero()) {
            throw PyException.valueError("Negative zero coercion (z) not allowed in integer format specifier");
        }
        if (type == 'c') {
            return formatChar(v, spec);
        }
        int radix = switch (type) {
            case 'b' -> 2;
            case 'o' -> 8;
            case 'x', 'X' -> 16;
            default -> 10;
        };
        String digits = radix == 10 ? Ints.decimal(v.abs()) : v.abs().toString(radix); // 4300-digit limit as CPython
        String prefix = spec.alternate() && radix != 10 ? "0" + type : "";
        if (type == 'X') {
            digits = digits.toUpperCase(Locale.ROOT);
        }
        return NumberLayout.layout(v.signum() < 0, prefix, digits, "", spec);
    }

    private static String formatChar(BigInteger v, FormatSpec spec) {
        if (spec.sign() != 0) {
            throw PyException.valueError("Sign not allowed with integer format specifier 'c'");
        }
        if (spec.alternate()) {
            throw PyException.valueError("Alternate form (#) not allowed with integer format specifier 'c'");
        }
        if (v.bitLength() > 63) {
            throw new PyException("OverflowError", "Python int too large to convert to C long");
        }
        if (v.signum() < 0 || v.compareTo(BigInteger.valueOf(0x10ffff)) > 0) {
            throw new PyException("OverflowError", "%c arg not in range(0x110000)");
        }
        return NumberLayout.layout(false, "", "", new String(Character.toChars(v.intValue())), spec);
    }
}
