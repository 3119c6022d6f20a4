package dev.ndgrade.python.runtime;

import dev.ndgrade.ndarray.NdArray;
import dev.ndgrade.ndarray.Scalar;
import java.math.BigInteger;
import java.util.List;
import java.util.Locale;

/** {@code template % args}: printf-style formatting of str, as CPython 3.11's {@code PyUnicode_Format}. */
final class PercentFormat {
    private final String template;
    /** Where arguments come from: the tuple's items, the single operand, or after {@code %(key)} that key's value. */
    private List<Object> args;
    /** The single right operand when it is a mapping ({@code %(name)s} looks keys up in it), else null. */
    private final Object mapping;
    private int next;
    private int pos;

    private PercentFormat(String template, Object right) {
        this.template = template;
        this.args = right instanceof PyTuple t ? t.items() : List.of(right);
        this.mapping = right instanceof PyDict || right instanceof PyList || right instanceof NdArray ? right : null;
    }

    static String format(String template, Object right) {
        return new PercentFormat(template, right).run();
    }

    private String run() {
        StringBuilder sb = new StringBuilder();
        int n = template.length();
        while (pos < n) {
            char c = template.charAt(pos++);
            if (c != '%') {
                sb.append(c);
            } else if (pos < n && template.charAt(pos) == '%') {
                sb.append('%');
                pos++;
            } else {
                sb.append(conversion());
            }
        }
        if (next < args.size() && mapping == null) {
            throw PyException.typeError("not all arguments converted during string formatting");
        }
        return sb.toString();
    }

    /** One {@code %[(key)][flags][width][.precision][length]type} after its {@code %}. */
    private String conversion() {
        key();
        String flags = "";
        while (pos < template.length() && "-+ #0".indexOf(template.charAt(pos)) >= 0) {
            flags += template.charAt(pos++);
        }
        Integer w = number(true);
        if (w != null && w < 0) {
            flags += "-"; // a negative * width left-justifies
        }
        int width = w == null ? -1 : Math.abs(w);
        int precision = -1;
        if (pos < template.length() && template.charAt(pos) == '.') {
            pos++;
            Integer p = number(false);
            precision = p == null ? 0 : Math.max(p, 0);
        }
        while (pos < template.length() && "hlL".indexOf(template.charAt(pos)) >= 0) {
            pos++;
        }
        if (pos >= template.length()) {
            throw PyException.valueError("incomplete format");
        }
        char type = template.charAt(pos++);
        Object v = nextArg();
        return convert(v, type, new Flags(flags, width, precision));
    }

    /**
     * A {@code (key)}: the mapping's value for it becomes the only argument left, which the {@code *} width and
     * the conversion draw from as CPython's {@code getnextarg} does.
     */
    private void key() {
        if (pos >= template.length() || template.charAt(pos) != '(') {
            return;
        }
        if (mapping == null) {
            throw PyException.typeError("format requires a mapping");
        }
        int depth = 1;
        int start = ++pos;
        while (pos < template.length() && depth > 0) {
            char c = template.charAt(pos++);
            depth += c == '(' ? 1 : c == ')' ? -1 : 0;
        }
        if (depth > 0) {
            throw PyException.valueError("incomplete format key");
        }
        if (!(mapping instanceof PyDict d)) {
            throw new UnsupportedFeature("%(key) lookups in a " + Types.shortName(mapping));
        }
        args = List.of(d.get(template.substring(start, pos - 1)));
        next = 0;
    }

    /** A width or precision: digits, {@code *} (the next argument, possibly negative), or null when absent. */
    private Integer number(boolean isWidth) {
        if (pos < template.length() && template.charAt(pos) == '*') {
            pos++;
            Object v = nextArg();
            if (!(v instanceof BigInteger || v instanceof Boolean)) {
                throw PyException.typeError("* wants int");
            }
            BigInteger n = PyNumbers.toInt(v);
            if (n.bitLength() > (isWidth ? 63 : 31)) {
                throw new PyException("OverflowError", "Python int too large to convert to C " + (isWidth ? "ssize_t" : "int"));
            }
            if (n.bitLength() > 31) {
                throw new PyException("MemoryError", "");
            }
            return n.intValue();
        }
        int start = pos;
        while (pos < template.length() && Character.isDigit(template.charAt(pos))) {
            pos++;
        }
        return pos == start ? null : Integer.valueOf(template.substring(start, pos));
    }

    private Object nextArg() {
        if (next >= args.size()) {
            throw PyException.typeError("not enough arguments for format string");
        }
        return args.get(next++);
    }

    /** The flags, width and precision of one conversion. */
    private record Flags(String flags, int width, int precision) {
        boolean has(char f) {
            return flags.indexOf(f) >= 0;
        }

        char sign() {
            return has('+') ? '+' : has(' ') ? ' ' : 0;
        }
    }

    private String convert(Object v, char type, Flags f) {
        switch (type) {
            case 's', 'r', 'a': {
                String text = type == 's' ? Repr.str(v) : type == 'r' ? Repr.repr(v) : Conversions.ascii(Repr.repr(v));
                if (f.precision() >= 0 && f.precision() < text.length()) {
                    text = text.substring(0, f.precision());
                }
                return ValueFormat.pad(text, f.width(), f.has('-') ? '<' : '>', ' ');
            }
            case 'd', 'i', 'u':
                return integer(realToInt(v, type), 10, type, f);
            case 'x', 'X', 'o':
                return integer(index(v, type), type == 'o' ? 8 : 16, type, f);
            case 'e', 'E', 'f', 'F', 'g', 'G': {
                double d = real(v);
                FormatSpec spec = new FormatSpec(f.has('0') && !f.has('-') ? '0' : ' ', f.has('-') ? '<' : f.has('0') ? '=' : '>', f.sign(), false, f.has('#'),
                        f.has('0') && !f.has('-'), f.width(), (char) 0, f.precision() < 0 ? 6 : f.precision(), type);
                return FloatFormat.format(d, spec);
            }
            case 'c':
                return ValueFormat.pad(character(v), f.width(), f.has('-') ? '<' : '>', ' ');
            default:
                throw PyException.valueError("unsupported format character '" + type + "' (0x" + Integer.toHexString(type)
                        + ") at index " + (pos - 1));
        }
    }

    /** An integer conversion: precision is a minimum digit count, {@code 0} pads between sign and digits. */
    private static String integer(BigInteger v, int radix, char type, Flags f) {
        String digits = radix == 10 ? Ints.decimal(v.abs()) : v.abs().toString(radix); // 4300-digit limit as CPython
        if (type == 'X') {
            digits = digits.toUpperCase(Locale.ROOT);
        }
        if (f.precision() > digits.length()) {
            digits = "0".repeat(f.precision() - digits.length()) + digits;
        }
        String sign = v.signum() < 0 ? "-" : f.sign() == 0 ? "" : String.valueOf(f.sign());
        String prefix = f.has('#') && radix != 10 ? "0" + type : "";
        int padding = f.width() - sign.length() - prefix.length() - digits.length();
        if (padding <= 0) {
            return sign + prefix + digits;
        }
        if (f.has('-')) {
            return sign + prefix + digits + " ".repeat(padding);
        }
        return f.has('0') ? sign + prefix + "0".repeat(padding) + digits : " ".repeat(padding) + sign + prefix + digits;
    }

    private static Object python(Object v) {
        if (v instanceof Scalar s) {
            return ArrayConversion.toPython(s);
        }
        return v instanceof NdArray a && a.ndim() == 0 ? ArrayConversion.toPython(a.item()) : v;
    }

    private static BigInteger realToInt(Object v, char type) {
        Object p = python(v);
        if (p instanceof BigInteger || p instanceof Boolean) {
            return PyNumbers.toInt(p);
        }
        if (p instanceof Double d) {
            return (BigInteger) Constructors.toInt(d);
        }
        throw PyException.typeError("%" + type + " format: a real number is required, not " + Types.shortName(v));
    }

    private static BigInteger index(Object v, char type) {
        Object p = python(v);
        if (p instanceof BigInteger || p instanceof Boolean) {
            return PyNumbers.toInt(p);
        }
        throw PyException.typeError("%" + type + " format: an integer is required, not " + Types.shortName(v));
    }

    private static double real(Object v) {
        Object p = python(v);
        if (p instanceof Double || p instanceof BigInteger || p instanceof Boolean) {
            return PyNumbers.toDouble(p);
        }
        throw PyException.typeError("must be real number, not " + Types.shortName(v));
    }

    private static String character(Object v) {
        if (v instanceof String s && s.codePointCount(0, s.length()) == 1) {
            return s;
        }
        Object p = python(v);
        if (p instanceof BigInteger || p instanceof Boolean) {
            BigInteger i = PyNumbers.toInt(p);
            if (i.bitLength() > 63) {
                throw new PyException("OverflowError", "Python int too large to convert to C long");
            }
            if (i.signum() < 0 || i.compareTo(BigInteger.valueOf(0x10ffff)) > 0) {
                throw new PyException("OverflowError", "%c arg not in range(0x110000)");
            }
            return new String(Character.toChars(i.intValue()));
        }
        throw PyException.typeError("%c requires int or char");
    }
}
