package dev.ndgrade.python.runtime;

import java.math.BigInteger;
import java.util.Locale;
import java.util.regex.Pattern;

/** {@code int(text, base)} and {@code float(text)}: the literals CPython accepts, and its ValueErrors. */
final class NumberParsing {
    private static final String DIGITS = "\\d(?:_?\\d)*";
    private static final Pattern FLOAT = Pattern.compile("[+-]?(?:(?:" + DIGITS + ")?\\." + DIGITS + "|" + DIGITS + "\\.?)(?:[eE][+-]?" + DIGITS + ")?");

    private NumberParsing() {
    }

    /** Unicode decimal digits as ASCII ones (Python reads {@code '١٢'} as 12) and Python's whitespace stripped. */
    private static String normalise(String s) {
        StringBuilder sb = new StringBuilder();
        s.codePoints().forEach(c -> {
            if (c > 127 && Character.getType(c) == Character.DECIMAL_DIGIT_NUMBER) {
                sb.append((char) ('0' + Character.digit(c, 10)));
            } else {
                sb.appendCodePoint(c);
            }
        });
        int start = 0;
        int end = sb.length();
        while (start < end && StrCase.isSpace(sb.charAt(start))) {
            start++;
        }
        while (end > start && StrCase.isSpace(sb.charAt(end - 1))) {
            end--;
        }
        return sb.substring(start, end);
    }

    static BigInteger parseInt(String original, int base) {
        if (base != 0 && (base < 2 || base > 36)) {
            throw PyException.valueError("int() base must be >= 2 and <= 36, or 0");
        }
        BigInteger v = tryParseInt(normalise(original), base);
        if (v == null) {
            throw PyException.valueError("invalid literal for int() with base " + base + ": " + Repr.repr(original));
        }
        return v;
    }

    private static BigInteger tryParseInt(String s, int base) {
        boolean negative = s.startsWith("-");
        String body = s.startsWith("-") || s.startsWith("+") ? s.substring(1) : s;
        int radix = base;
        String lower = body.toLowerCase(Locale.ROOT);
        boolean prefixed = false;
        for (String[] p : new String[][] {{"0x", "16"}, {"0o", "8"}, {"0b", "2"}}) {
            int r = Integer.parseInt(p[1]);
            if (lower.startsWith(p[0]) && (base == 0 || base == r)) {
                radix = r;
                body = body.substring(2);
                prefixed = true;
            }
        }
        if (radix == 0) {
            radix = 10;
            // base 0 reads a decimal literal as Python source does: no leading zeros unless all zeros
            if (body.length() > 1 && body.charAt(0) == '0' && !body.replace("_", "").chars().allMatch(c -> c == '0')) {
                return null;
            }
        }
        if (prefixed && body.startsWith("_")) {
            body = body.substring(1);
        }
        if (Integer.bitCount(radix) != 1) {
            Ints.checkDigitCount(body, radix);
        }
        if (body.isEmpty() || body.startsWith("_") || body.endsWith("_") || body.contains("__")) {
            return null;
        }
        String digits = body.replace("_", "");
        for (char c : digits.toCharArray()) {
            if (Character.digit(c, radix) < 0 || c > 127) {
                return null;
            }
        }
        BigInteger v = new BigInteger(digits, radix);
        return negative ? v.negate() : v;
    }

    static double parseFloat(String original) {
        String s = normalise(original);
        String lower = s.toLowerCase(Locale.ROOT);
        String unsigned = lower.startsWith("-") || lower.startsWith("+") ? lower.substring(1) : lower;
        double sign = lower.startsWith("-") ? -1 : 1;
        if (unsigned.equals("inf") || unsigned.equals("infinity")) {
            return sign * Double.POSITIVE_INFINITY;
        }
        if (unsigned.equals("nan")) {
            return Double.NaN;
        }
        if (!FLOAT.matcher(s).matches()) {
            throw PyException.valueError("could not convert string to float: " + Repr.repr(original));
        }
        return Double.parseDouble(s.replace("_", ""));
    }
}
