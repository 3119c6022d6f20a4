package dev.ndgrade.python.syntax;

/**
 * Backslash escapes of string and bytes literals, with the messages of CPython's unicode_escape codec and
 * bytes-escape decoder. Unknown escapes keep their backslash (CPython only warns about them).
 */
final class EscapeDecoder {

    /** A malformed escape; the message is CPython's, e.g. "'unicodeescape' codec can't decode bytes ...". */
    static final class DecodeError extends Exception {
        DecodeError(String message) {
            super(message, null, false, false);
        }
    }

    private EscapeDecoder() {
    }

    static String decodeText(String s) throws DecodeError {
        if (s.indexOf('\\') < 0) {
            return s;
        }
        StringBuilder out = new StringBuilder(s.length());
        int i = 0;
        int n = s.length();
        while (i < n) {
            char c = s.charAt(i);
            if (c != '\\') {
                out.append(c);
                i++;
                continue;
            }
            int start = i;
            i++;
            if (i >= n || s.charAt(i) >= 0x80) {
                // CPython rewrites such a backslash as \u005c before decoding: it stays a plain backslash.
                out.append('\\');
                continue;
            }
            char e = s.charAt(i++);
            switch (e) {
                case '\n' -> { }
                case '\\', '\'', '"' -> out.append(e);
                case 'a' -> out.append('\u0007');
                case 'b' -> out.append('\b');
                case 'f' -> out.append('\f');
                case 'n' -> out.append('\n');
                case 'r' -> out.append('\r');
                case 't' -> out.append('\t');
                case 'v' -> out.append('\u000b');
                case '0', '1', '2', '3', '4', '5', '6', '7' -> {
                    int value = e - '0';
                    for (int k = 0; k < 2 && i < n && s.charAt(i) >= '0' && s.charAt(i) <= '7'; k++) {
                        value = value * 8 + (s.charAt(i++) - '0');
                    }
                    out.appendCodePoint(value);
                }
                case 'x', 'u', 'U' -> {
                    int count = e == 'x' ? 2 : e == 'u' ? 4 : 8;
                    String message = e == 'x' ? "truncated \\xXX escape"
                            : e == 'u' ? "truncated \\uXXXX escape" : "truncated \\UXXXXXXXX escape";
                    long value = 0;
                    for (; count > 0; count--, i++) {
                        if (i >= n) {
                            throw unicodeError(start, i, message);
                        }
                        int digit = Character.digit(s.charAt(i), 16);
                        if (digit < 0 || s.charAt(i) > 'f') {
                            throw unicodeError(start, i, message);
                        }
                        value = value * 16 + digit;
                    }
                    if (value > Character.MAX_CODE_POINT) {
                        throw unicodeError(start, i, "illegal Unicode character");
                    }
                    out.appendCodePoint((int) value);
                }
                case 'N' -> i = decodeNamedEscape(s, start, i, out);
                default -> out.append('\\').append(e);
            }
        }
        return out.toString();
    }

    /** {@code \N{NAME}}: returns the index after it. */
    private static int decodeNamedEscape(String s, int start, int i, StringBuilder out) throws DecodeError {
        int n = s.length();
        String message = "malformed \\N character escape";
        if (i >= n) {
            throw unicodeError(start, i, message);
        }
        if (s.charAt(i) == '{') {
            int nameStart = ++i;
            while (i < n && s.charAt(i) != '}') {
                i++;
            }
            if (i >= n) {
                throw unicodeError(start, i, message);
            }
            if (i > nameStart) {
                String name = s.substring(nameStart, i);
                i++;
                try {
                    out.appendCodePoint(Character.codePointOf(name));
                    return i;
                } catch (IllegalArgumentException unknown) {
                    message = "unknown Unicode character name";
                }
            }
        }
        throw unicodeError(start, i, message);
    }

    private static DecodeError unicodeError(int start, int end, String reason) {
        if (end - start <= 1) {
            return new DecodeError(String.format(
                    "'unicodeescape' codec can't decode byte 0x5c in position %d: %s", start, reason));
        }
        return new DecodeError(String.format("'unicodeescape' codec can't decode bytes in position %d-%d: %s",
                start, end - 1, reason));
    }

    /** Bytes escapes; the result holds one char (0..255) per byte. */
    static String decodeBytes(String s) throws DecodeError {
        if (s.indexOf('\\') < 0) {
            return s;
        }
        StringBuilder out = new StringBuilder(s.length());
        int i = 0;
        int n = s.length();
        while (i < n) {
            char c = s.charAt(i);
            if (c != '\\') {
                out.append(c);
                i++;
                continue;
            }
            int start = i;
            i++;
            if (i >= n) {
                throw new DecodeError("Trailing \\ in string");
            }
            char e = s.charAt(i++);
            switch (e) {
                case '\n' -> { }
                case '\\', '\'', '"' -> out.append(e);
                case 'a' -> out.append('\u0007');
                case 'b' -> out.append('\b');
                case 'f' -> out.append('\f');
                case 'n' -> out.append('\n');
                case 'r' -> out.append('\r');
                case 't' -> out.append('\t');
                case 'v' -> out.append('\u000b');
                case '0', '1', '2', '3', '4', '5', '6', '7' -> {
                    int value = e - '0';
                    for (int k = 0; k < 2 && i < n && s.charAt(i) >= '0' && s.charAt(i) <= '7'; k++) {
                        value = value * 8 + (s.charAt(i++) - '0');
                    }
                    out.append((char) (value & 0xFF));
                }
                case 'x' -> {
                    if (i + 1 < n && Character.digit(s.charAt(i), 16) >= 0 && Character.digit(s.charAt(i + 1), 16) >= 0
                            && s.charAt(i) < 128 && s.charAt(i + 1) < 128) {
                        out.append((char) Integer.parseInt(s.substring(i, i + 2), 16));
                        i += 2;
                    } else {
                        throw new DecodeError("invalid \\x escape at position " + start);
                    }
                }
                default -> out.append('\\').append(e);
            }
        }
        return out.toString();
    }
}
