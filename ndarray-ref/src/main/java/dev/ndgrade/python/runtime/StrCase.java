package dev.ndgrade.python.runtime;

import java.util.Locale;

/** Case mappings and character classes of Python's str (title, capitalize, swapcase, the is* tests). */
final class StrCase {
    private StrCase() {
    }

    /** Python's whitespace: what {@code str.split()} and {@code strip()} remove. */
    static boolean isSpace(int c) {
        return c == ' ' || (c >= '\t' && c <= '\r') || (c >= 0x1c && c <= 0x1f) || c == 0x85
                || (c > 0x7f && Character.isSpaceChar(c));
    }

    private static boolean isCased(int c) {
        return Character.isUpperCase(c) || Character.isLowerCase(c) || Character.isTitleCase(c);
    }

    /** {@code str.title()}: a cased character after an uncased one is titlecased, every other one lowered. */
    static String title(String s) {
        StringBuilder sb = new StringBuilder();
        boolean previousCased = false;
        for (int i = 0; i < s.length(); ) {
            int c = s.codePointAt(i);
            i += Character.charCount(c);
            sb.append(previousCased ? lower(c) : titleCase(c));
            previousCased = isCased(c);
        }
        return sb.toString();
    }

    static String capitalize(String s) {
        if (s.isEmpty()) {
            return s;
        }
        int first = s.codePointAt(0);
        return titleCase(first) + s.substring(Character.charCount(first)).toLowerCase(Locale.ROOT);
    }

    static String swapcase(String s) {
        StringBuilder sb = new StringBuilder();
        s.codePoints().forEach(c -> sb.append(Character.isUpperCase(c) ? lower(c)
                : Character.isLowerCase(c) ? new String(Character.toChars(c)).toUpperCase(Locale.ROOT) : new String(Character.toChars(c))));
        return sb.toString();
    }

    private static String lower(int c) {
        return new String(Character.toChars(c)).toLowerCase(Locale.ROOT);
    }

    private static String titleCase(int c) {
        String t = new String(Character.toChars(c));
        if (c == 0xdf) {
            return "Ss";
        }
        return t.toUpperCase(Locale.ROOT).length() > 1 ? t.toUpperCase(Locale.ROOT) : new String(Character.toChars(Character.toTitleCase(c)));
    }

    /** The {@code is*} tests: true when every character passes (and there is at least one, except isascii). */
    static boolean test(String s, String name) {
        switch (name) {
            case "isascii": return s.chars().allMatch(c -> c < 128);
            case "isidentifier": return isIdentifier(s);
            case "isprintable": return s.codePoints().allMatch(StrCase::isPrintable);
            case "istitle": return isTitle(s);
            case "isupper": return s.codePoints().anyMatch(StrCase::isCased) && s.codePoints().noneMatch(Character::isLowerCase);
            case "islower": return s.codePoints().anyMatch(StrCase::isCased) && s.codePoints().noneMatch(c -> Character.isUpperCase(c) || Character.isTitleCase(c));
            default: break;
        }
        if (s.isEmpty()) {
            return false;
        }
        if (name.matches("isdigit|isdecimal|isnumeric") && !s.chars().allMatch(c -> c < 128)) {
            throw new UnsupportedFeature(name + "() of non-ASCII text (Unicode's numeric properties differ by version)");
        }
        return s.codePoints().allMatch(c -> switch (name) {
            case "isdigit" -> Character.isDigit(c) || Character.getType(c) == Character.OTHER_NUMBER && isDigitLike(c);
            case "isdecimal" -> Character.getType(c) == Character.DECIMAL_DIGIT_NUMBER;
            case "isnumeric" -> Character.isDigit(c) || Character.getType(c) == Character.OTHER_NUMBER
                    || Character.getType(c) == Character.LETTER_NUMBER;
            case "isalpha" -> Character.isLetter(c);
            case "isalnum" -> Character.isLetterOrDigit(c) || Character.getType(c) == Character.OTHER_NUMBER
                    || Character.getType(c) == Character.LETTER_NUMBER;
            default -> isSpace(c);
        });
    }

    /** Superscript and circled digits count as digits in Python (they have a digit value), fractions do not. */
    private static boolean isDigitLike(int c) {
        return Character.digit(c, 10) >= 0 || (c >= 0xb2 && c <= 0xb3) || c == 0xb9 || (c >= 0x2070 && c <= 0x2079)
                || (c >= 0x2080 && c <= 0x2089) || (c >= 0x2460 && c <= 0x2468) || (c >= 0x2776 && c <= 0x277e);
    }

    private static boolean isTitle(String s) {
        boolean cased = false;
        boolean previousCased = false;
        for (int i = 0; i < s.length(); ) {
            int c = s.codePointAt(i);
            i += Character.charCount(c);
            if (Character.isUpperCase(c) || Character.isTitleCase(c)) {
                if (previousCased) {
                    return false;
                }
                previousCased = true;
                cased = true;
            } else if (Character.isLowerCase(c)) {
                if (!previousCased) {
                    return false;
                }
                previousCased = true;
                cased = true;
            } else {
                previousCased = false;
            }
        }
        return cased;
    }

    private static boolean isIdentifier(String s) {
        if (s.isEmpty()) {
            return false;
        }
        int first = s.codePointAt(0);
        if (!(first == '_' || Character.isUnicodeIdentifierStart(first))) {
            return false;
        }
        return s.codePoints().skip(1).allMatch(c -> c != 0x7f && Character.isUnicodeIdentifierPart(c) && !Character.isIdentifierIgnorable(c));
    }

    /** Python's printable: not a control, format, surrogate, unassigned, separator other than the ASCII space. */
    static boolean isPrintable(int c) {
        if (c == ' ') {
            return true;
        }
        int t = Character.getType(c);
        return !(t == Character.CONTROL || t == Character.FORMAT || t == Character.SURROGATE || t == Character.PRIVATE_USE
                || t == Character.UNASSIGNED || t == Character.SPACE_SEPARATOR || t == Character.LINE_SEPARATOR
                || t == Character.PARAGRAPH_SEPARATOR);
    }
}
