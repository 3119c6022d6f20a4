package dev.ndgrade.python.runtime;

/**
 * A parsed standard format specifier, {@code [[fill]align][sign][z][#][0][width][grouping][.precision][type]}, as
 * CPython 3.11's {@code parse_internal_render_format_spec} reads it.
 *
 * @param align {@code <}, {@code >}, {@code ^}, {@code =}, or 0 when the spec leaves it to the type's default
 * @param sign {@code +}, {@code -}, space, or 0 when not given
 * @param width -1 when not given
 * @param grouping {@code ,} or {@code _}, or 0
 * @param precision -1 when not given
 * @param type the presentation type, or 0 when not given
 */
record FormatSpec(char fill, char align, char sign, boolean noNegativeZero, boolean alternate, boolean zeroFlag,
                  int width, char grouping, int precision, char type) {

    /**
     * Parses {@code spec} for a value of {@code typeName} (named in CPython's error message) whose presentation
     * type, when the spec gives none, is {@code defaultType} ({@code s} for str, {@code d} for int, none for float).
     */
    static FormatSpec parse(String spec, String typeName, char defaultType) {
        return new Parser(spec, typeName, defaultType).parse();
    }

    /** The alignment to use: the spec's, or the type's default ({@code <} for text, {@code >} for numbers). */
    char alignOr(char defaultAlign) {
        if (align != 0) {
            return align;
        }
        return zeroFlag && defaultAlign == '>' ? '=' : defaultAlign;
    }

    /** The fill character: the spec's, or {@code 0} with the zero flag, else a space. */
    char fillChar() {
        return fill != 0 ? fill : zeroFlag ? '0' : ' ';
    }

    /** A copy with another presentation type (an int formatted as a float, {@code ''} read as {@code g}). */
    FormatSpec withType(char newType) {
        return new FormatSpec(fill, align, sign, noNegativeZero, alternate, zeroFlag, width, grouping, precision, newType);
    }

    /** The cursor over one spec string. */
    private static final class Parser {
        private final String spec;
        private final String typeName;
        private final char defaultType;
        private int pos;

        Parser(String spec, String typeName, char defaultType) {
            this.spec = spec;
            this.typeName = typeName;
            this.defaultType = defaultType;
        }

        FormatSpec parse() {
            char fill = 0;
            char align = 0;
            if (spec.length() >= 2 && isAlign(spec.charAt(1))) {
                fill = spec.charAt(0);
                align = spec.charAt(1);
                pos = 2;
            } else if (!spec.isEmpty() && isAlign(spec.charAt(0))) {
                align = spec.charAt(0);
                pos = 1;
            }
            char sign = take("+- ");
            boolean noNegativeZero = take("z") != 0;
            boolean alternate = take("#") != 0;
            boolean zeroFlag = fill == 0 && take("0") != 0;
            int width = integer();
            char grouping = take(",_");
            if (take(",_") != 0) {
                throw PyException.valueError("Cannot specify both ',' and '_'.");
            }
            int precision = -1;
            if (take(".") != 0) {
                precision = integer();
                if (precision < 0) {
                    throw PyException.valueError("Format specifier missing precision");
                }
            }
            if (spec.length() - pos > 1) {
                throw PyException.valueError("Invalid format specifier '" + spec + "' for object of type '" + typeName + "'");
            }
            char type = pos < spec.length() ? spec.charAt(pos) : defaultType;
            FormatSpec parsed = new FormatSpec(fill, align, sign, noNegativeZero, alternate, zeroFlag, width, grouping, precision, type);
            parsed.checkGrouping();
            return parsed;
        }

        private static boolean isAlign(char c) {
            return c == '<' || c == '>' || c == '=' || c == '^';
        }

        /** The next character if it is one of {@code options} (consumed), else 0. */
        private char take(String options) {
            if (pos < spec.length() && options.indexOf(spec.charAt(pos)) >= 0) {
                return spec.charAt(pos++);
            }
            return 0;
        }

        /** A run of decimal digits, or -1 when there is none. */
        private int integer() {
            int start = pos;
            long value = 0;
            while (pos < spec.length() && Character.isDigit(spec.charAt(pos))) {
                value = value * 10 + Character.digit(spec.charAt(pos++), 10);
                if (value > Integer.MAX_VALUE) {
                    throw PyException.valueError("Too many decimal digits in format string");
                }
            }
            return pos == start ? -1 : (int) value;
        }
    }

    /** PEP 378 and 515: which presentation types may group digits. */
    private void checkGrouping() {
        if (grouping == 0 || "defgEFG%\0".indexOf(type) >= 0 || (grouping == '_' && "boxX".indexOf(type) >= 0)) {
            return;
        }
        throw PyException.valueError("Cannot specify '" + grouping + "' with '" + type + "'.");
    }
}
