package dev.ndgrade.python.runtime;

/**
 * Lays out a formatted number as CPython's {@code calc_number_widths} and {@code fill_number} do:
 * {@code <lpadding><sign><prefix><spadding><grouped digits><decimal point><remainder><rpadding>}. With {@code 0}
 * fill and {@code =} alignment the integer digits are zero-extended to the width, grouping separators included
 * ({@code format(1234, '010,')} is {@code 00,001,234}).
 */
final class NumberLayout {
    private NumberLayout() {
    }

    /**
     * @param negative whether a minus sign is due
     * @param prefix {@code 0x}, {@code 0b}… or empty
     * @param digits the integer digits, which grouping and zero padding apply to ({@code 1234}, {@code ff})
     * @param tail what follows them: a decimal point and the rest ({@code .5e+07}, {@code %}), or a text with no
     *             digits ({@code inf}, a {@code c} character)
     */
    static String layout(boolean negative, String prefix, String digits, String tail, FormatSpec spec) {
        char sign = switch (spec.sign()) {
            case '+' -> negative ? '-' : '+';
            case ' ' -> negative ? '-' : ' ';
            default -> negative ? '-' : 0;
        };
        int nonDigits = (sign == 0 ? 0 : 1) + prefix.length() + tail.length();
        char align = spec.alignOr('>');
        char fill = spec.fillChar();
        int minWidth = fill == '0' && align == '=' ? spec.width() - nonDigits : 0;
        String grouped = digits.isEmpty() ? "" : group(digits, minWidth, spec.grouping(), groupSize(spec));
        int padding = spec.width() - (nonDigits + grouped.length());
        StringBuilder sb = new StringBuilder();
        int left = padding <= 0 ? 0 : align == '>' ? padding : align == '^' ? padding / 2 : 0;
        int right = padding <= 0 ? 0 : align == '<' ? padding : align == '^' ? padding - left : 0;
        sb.append(String.valueOf(fill).repeat(left));
        if (sign != 0) {
            sb.append(sign);
        }
        sb.append(prefix);
        if (padding > 0 && align == '=') {
            sb.append(String.valueOf(fill).repeat(padding));
        }
        return sb.append(grouped).append(tail).append(String.valueOf(fill).repeat(right)).toString();
    }

    /** A decimal number's text cut after its leading digits ({@code 1234.5e+07}: {@code 1234} and the rest). */
    static String layoutDecimal(boolean negative, String body, FormatSpec spec) {
        int digitCount = 0;
        while (digitCount < body.length() && Character.isDigit(body.charAt(digitCount))) {
            digitCount++;
        }
        return layout(negative, "", body.substring(0, digitCount), body.substring(digitCount), spec);
    }

    private static int groupSize(FormatSpec spec) {
        if (spec.grouping() == 0) {
            return 0;
        }
        return spec.grouping() == '_' && "boxX".indexOf(spec.type()) >= 0 ? 4 : 3;
    }

    /**
     * CPython's {@code _PyUnicode_InsertThousandsGrouping}: groups of {@code size} digits from the right (no
     * grouping when 0), each separated by {@code separator}, zero-extended until {@code minWidth} is reached.
     */
    static String group(String digits, int minWidth, char separator, int size) {
        StringBuilder reversed = new StringBuilder();
        int remaining = digits.length();
        int width = minWidth;
        boolean first = true;
        while (true) {
            boolean last = size == 0;
            int l = last ? Math.max(Math.max(remaining, width), 1) : Math.min(size, Math.max(Math.max(remaining, width), 1));
            int zeros = Math.max(0, l - remaining);
            int chars = Math.max(0, Math.min(remaining, l));
            if (!first) {
                reversed.append(separator);
            }
            for (int i = 0; i < chars; i++) {
                reversed.append(digits.charAt(remaining - 1 - i));
            }
            reversed.append("0".repeat(zeros));
            first = false;
            remaining -= chars;
            width -= l;
            if (last || (remaining <= 0 && width <= 0)) {
                break;
            }
            width -= 1;
        }
        return reversed.reverse().toString();
    }
}
