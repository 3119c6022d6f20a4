package dev.ndgrade.python.runtime;

import dev.ndgrade.ndarray.print.PyFloatFormat;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Locale;

/**
 * {@code float.__format__}: the digits of CPython's {@code PyOS_double_to_string}, correctly rounded (the exact
 * binary value rounded half-even, as David Gay's dtoa does), then laid out by {@link NumberLayout}.
 */
final class FloatFormat {
    private FloatFormat() {
    }

    static String format(double value, FormatSpec spec) {
        char type = spec.type();
        if ("eEfFgGn%\0".indexOf(type) < 0) {
            throw ValueFormat.unknownCode(type, "float");
        }
        double v = type == '%' ? value * 100 : value;
        String body = digits(Math.abs(v), spec);
        if (type == '%') {
            body += "%";
        }
        if (Character.isUpperCase(type)) {
            body = body.toUpperCase(Locale.ROOT);
        }
        boolean negative = (Double.doubleToRawLongBits(v) < 0 && !Double.isNaN(v))
                && !(spec.noNegativeZero() && isZero(body));
        return NumberLayout.layoutDecimal(negative, body, spec);
    }

    /** Whether the rounded text shows a zero ({@code 0.00}, {@code 0e+00}), whose sign {@code z} drops. */
    private static boolean isZero(String body) {
        for (int i = 0; i < body.length() && body.charAt(i) != 'e' && body.charAt(i) != 'E'; i++) {
            char c = body.charAt(i);
            if (c >= '1' && c <= '9' || Character.isLetter(c)) {
                return false;
            }
        }
        return true;
    }

    /** The unsigned text of {@code magnitude} for the spec's type and precision. */
    private static String digits(double magnitude, FormatSpec spec) {
        if (Double.isInfinite(magnitude)) {
            return "inf";
        }
        if (Double.isNaN(magnitude)) {
            return "nan";
        }
        int precision = spec.precision();
        boolean alt = spec.alternate();
        return switch (Character.toLowerCase(spec.type())) {
            case 'f', '%' -> fixed(magnitude, precision < 0 ? 6 : precision, alt);
            case 'e' -> scientific(magnitude, precision < 0 ? 6 : precision, alt);
            case 'g', 'n' -> general(magnitude, precision < 0 ? 6 : precision, alt, false);
            default -> precision < 0 ? shortest(magnitude, alt) : general(magnitude, precision, alt, true);
        };
    }

    static String fixed(double magnitude, int decimals, boolean alt) {
        String s = new BigDecimal(magnitude).setScale(decimals, RoundingMode.HALF_EVEN).toPlainString();
        return alt && decimals == 0 ? s + "." : s;
    }

    static String scientific(double magnitude, int decimals, boolean alt) {
        Rounded r = Rounded.of(magnitude, decimals + 1);
        return mantissa(r.digits, alt) + exponent(r.exponent);
    }

    /**
     * {@code g}: {@code precision} significant digits, positional when the exponent is in [-4, precision), trailing
     * zeros dropped unless {@code #}; {@code addDotZero} is the empty type with a precision, which shows
     * {@code 1.0} where {@code g} shows {@code 1} and so turns scientific one digit sooner.
     */
    private static String general(double magnitude, int precision, boolean alt, boolean addDotZero) {
        int p = Math.max(precision, 1);
        Rounded r = Rounded.of(magnitude, p);
        String text;
        if (r.exponent >= -4 && r.exponent < (addDotZero ? p - 1 : p)) {
            text = positional(r.digits, r.exponent);
            if (!alt) {
                text = stripZeros(text);
            } else if (text.indexOf('.') < 0) {
                text += ".";
            }
            if (addDotZero && text.indexOf('.') < 0) {
                text += ".0";
            }
            return text;
        }
        String m = mantissa(r.digits, alt);
        return (alt ? m : stripZeros(m)) + exponent(r.exponent);
    }

    /** {@code repr}'s shortest digits, with a decimal point forced by {@code #}. */
    private static String shortest(double magnitude, boolean alt) {
        String s = PyFloatFormat.repr(magnitude);
        if (alt && s.indexOf('.') < 0) {
            int e = s.indexOf('e');
            return e < 0 ? s + "." : s.substring(0, e) + "." + s.substring(e);
        }
        return s;
    }

    /** Digits {@code d0 d1 d2…} meaning {@code d0.d1d2… × 10^exponent}, placed positionally. */
    private static String positional(String digits, int exponent) {
        if (exponent < 0) {
            return "0." + "0".repeat(-exponent - 1) + digits;
        }
        if (exponent + 1 >= digits.length()) {
            return digits + "0".repeat(exponent + 1 - digits.length());
        }
        return digits.substring(0, exponent + 1) + "." + digits.substring(exponent + 1);
    }

    private static String mantissa(String digits, boolean alt) {
        return digits.length() > 1 || alt ? digits.charAt(0) + "." + digits.substring(1) : digits;
    }

    private static String exponent(int e) {
        return "e" + (e < 0 ? "-" : "+") + (Math.abs(e) < 10 ? "0" : "") + Math.abs(e);
    }

    private static String stripZeros(String s) {
        if (s.indexOf('.') < 0) {
            return s;
        }
        int end = s.length();
        while (s.charAt(end - 1) == '0') {
            end--;
        }
        if (s.charAt(end - 1) == '.') {
            end--;
        }
        return s.substring(0, end);
    }

    /** A finite magnitude rounded half-even to exactly {@code count} significant digits. */
    private record Rounded(String digits, int exponent) {
        static Rounded of(double magnitude, int count) {
            if (magnitude == 0) {
                return new Rounded("0".repeat(count), 0);
            }
            BigDecimal r = new BigDecimal(magnitude).round(new MathContext(count, RoundingMode.HALF_EVEN));
            String unscaled = r.unscaledValue().toString();
            int exponent = unscaled.length() - 1 - r.scale();
            String digits = unscaled.length() >= count ? unscaled.substring(0, count)
                    : unscaled + "0".repeat(count - unscaled.length());
            return new Rounded(digits, exponent);
        }
    }
}
