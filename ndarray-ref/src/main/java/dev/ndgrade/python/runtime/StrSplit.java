package dev.ndgrade.python.runtime;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** {@code split}, {@code rsplit}, {@code splitlines}, {@code partition} and {@code rpartition} of a str. */
final class StrSplit {
    private StrSplit() {
    }

    /** @param a the bound {@code sep} and {@code maxsplit}, null when not given */
    static Object split(String s, Object[] a, boolean fromRight) {
        Object sep = a[0] == null ? PyNone.NONE : a[0];
        if (!(sep instanceof PyNone) && !(sep instanceof String)) {
            throw PyException.typeError("must be str or None, not " + Types.shortName(sep));
        }
        long max = a[1] == null ? -1 : PyStrMethods.width(a[1]);
        if (max < 0) {
            max = Long.MAX_VALUE;
        }
        List<String> parts;
        if (sep instanceof String p) {
            if (p.isEmpty()) {
                throw PyException.valueError("empty separator");
            }
            parts = fromRight ? bySeparatorFromRight(s, p, max) : bySeparator(s, p, max);
        } else {
            parts = fromRight ? byWhitespaceFromRight(s, max) : byWhitespace(s, max);
        }
        return PyStrMethods.listOf(parts);
    }

    private static List<String> bySeparator(String s, String sep, long max) {
        List<String> out = new ArrayList<>();
        int from = 0;
        for (long k = 0; k < max; k++) {
            int at = s.indexOf(sep, from);
            if (at < 0) {
                break;
            }
            out.add(s.substring(from, at));
            from = at + sep.length();
        }
        out.add(s.substring(from));
        return out;
    }

    private static List<String> bySeparatorFromRight(String s, String sep, long max) {
        List<String> out = new ArrayList<>();
        int to = s.length();
        for (long k = 0; k < max; k++) {
            int at = to - sep.length() < 0 ? -1 : s.lastIndexOf(sep, to - sep.length());
            if (at < 0) {
                break;
            }
            out.add(s.substring(at + sep.length(), to));
            to = at;
        }
        out.add(s.substring(0, to));
        Collections.reverse(out);
        return out;
    }

    private static List<String> byWhitespace(String s, long max) {
        List<String> out = new ArrayList<>();
        int i = 0;
        int n = s.length();
        while (true) {
            while (i < n && StrCase.isSpace(s.charAt(i))) {
                i++;
            }
            if (i == n) {
                return out;
            }
            if (out.size() == max) {
                // the rest, leading whitespace already skipped, trailing whitespace kept
                out.add(s.substring(i));
                return out;
            }
            int start = i;
            while (i < n && !StrCase.isSpace(s.charAt(i))) {
                i++;
            }
            out.add(s.substring(start, i));
        }
    }

    private static List<String> byWhitespaceFromRight(String s, long max) {
        List<String> out = new ArrayList<>();
        int i = s.length();
        while (true) {
            while (i > 0 && StrCase.isSpace(s.charAt(i - 1))) {
                i--;
            }
            if (i == 0) {
                break;
            }
            if (out.size() == max) {
                out.add(s.substring(0, i));
                break;
            }
            int end = i;
            while (i > 0 && !StrCase.isSpace(s.charAt(i - 1))) {
                i--;
            }
            out.add(s.substring(i, end));
        }
        Collections.reverse(out);
        return out;
    }

    /** Python's line boundaries: \n, \r, \r\n, \v, \f, \x1c–\x1e, \x85, \u2028, \u2029. */
    static Object splitlines(String s, Object keepends) {
        boolean keep = keepends != null && keepEnds(keepends);
        List<String> out = new ArrayList<>();
        int start = 0;
        int i = 0;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (isLineBreak(c)) {
                int eol = (c == '\r' && i + 1 < s.length() && s.charAt(i + 1) == '\n') ? i + 2 : i + 1;
                out.add(s.substring(start, keep ? eol : i));
                start = eol;
                i = eol;
            } else {
                i++;
            }
        }
        if (start < s.length()) {
            out.add(s.substring(start));
        }
        return PyStrMethods.listOf(out);
    }

    private static boolean keepEnds(Object v) {
        if (v instanceof Double || !(v instanceof Boolean || v instanceof BigInteger)) {
            throw PyException.typeError("'" + Types.shortName(v) + "' object cannot be interpreted as an integer");
        }
        return Truth.isTrue(v);
    }

    private static boolean isLineBreak(char c) {
        return c == '\n' || c == '\r' || c == 0x0b || c == 0x0c || (c >= 0x1c && c <= 0x1e) || c == 0x85
                || c == 0x2028 || c == 0x2029;
    }

    static Object partition(String s, Object sepArg, boolean fromRight) {
        String sep = PyStrMethods.str(sepArg, "");
        if (sep.isEmpty()) {
            throw PyException.valueError("empty separator");
        }
        int at = fromRight ? s.lastIndexOf(sep) : s.indexOf(sep);
        if (at < 0) {
            return fromRight ? PyTuple.of("", "", s) : PyTuple.of(s, "", "");
        }
        return PyTuple.of(s.substring(0, at), sep, s.substring(at + sep.length()));
    }
}
