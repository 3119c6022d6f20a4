package dev.ndgrade.python.runtime;

import dev.ndgrade.limits.Meter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** The methods of a Python str, with CPython 3.11's argument rules and error messages. */
final class PyStrMethods {
    /** The methods whose arity errors read "find() takes at least 1 argument (0 given)". */
    private static final Set<String> FIND_STYLE = Set.of("find", "rfind", "index", "rindex", "count",
            "startswith", "endswith");

    private PyStrMethods() {
    }

    static Object get(String s, String name) {
        PyCallable body = switch (name) {
            case "upper" -> args -> noArgs(args, name, s.toUpperCase(Locale.ROOT));
            case "lower" -> args -> noArgs(args, name, s.toLowerCase(Locale.ROOT));
            case "casefold" -> args -> noArgs(args, name, s.toUpperCase(Locale.ROOT).toLowerCase(Locale.ROOT));
            case "swapcase" -> args -> noArgs(args, name, StrCase.swapcase(s));
            case "title" -> args -> noArgs(args, name, StrCase.title(s));
            case "capitalize" -> args -> noArgs(args, name, StrCase.capitalize(s));
            case "strip", "lstrip", "rstrip" -> args -> strip(s, name, positional(args, name, 0, 1));
            case "split", "rsplit" -> args -> StrSplit.split(s, args.bind("sep", "maxsplit"), name.equals("rsplit"));
            case "splitlines" -> args -> StrSplit.splitlines(s, args.bind("keepends")[0]);
            case "join" -> args -> join(s, positional(args, name, 1, 1)[0]);
            case "replace" -> args -> replace(s, positional(args, name, 2, 3));
            case "startswith", "endswith" -> args -> affix(s, name, positional(args, name, 1, 3));
            case "find", "rfind", "index", "rindex", "count" -> args -> StrSearch.search(s, name, positional(args, name, 1, 3));
            case "center", "ljust", "rjust" -> args -> justify(s, name, positional(args, name, 1, 2));
            case "zfill" -> args -> zfill(s, width(positional(args, name, 1, 1)[0]));
            case "partition", "rpartition" -> args -> StrSplit.partition(s, positional(args, name, 1, 1)[0], name.equals("rpartition"));
            case "removeprefix" -> args -> {
                String p = str(positional(args, name, 1, 1)[0], name + "() argument");
                return s.startsWith(p) ? s.substring(p.length()) : s;
            };
            case "removesuffix" -> args -> {
                String p = str(positional(args, name, 1, 1)[0], name + "() argument");
                return s.endsWith(p) && !p.isEmpty() ? s.substring(0, s.length() - p.length()) : s;
            };
            case "expandtabs" -> args -> expandtabs(s, args.bind("tabsize")[0]);
            case "format" -> args -> StringFormat.format(s, args);
            case "format_map" -> args -> {
                Object m = positional(args, name, 1, 1)[0];
                if (!(m instanceof PyDict d)) {
                    throw new UnsupportedFeature("format_map() of a " + Types.shortName(m));
                }
                return StringFormat.formatMap(s, d);
            };
            case "encode" -> args -> {
                throw new UnsupportedFeature("bytes (str.encode)");
            };
            case "isdigit", "isalpha", "isalnum", "isspace", "isupper", "islower", "isdecimal", "isnumeric",
                    "istitle", "isascii", "isidentifier", "isprintable" -> args -> noArgs(args, name, StrCase.test(s, name));
            default -> null;
        };
        if (body == null) {
            throw Inventory.missingAttribute("str", "str", name);
        }
        return Attributes.method(s, name, body);
    }

    private static Object noArgs(Args args, String name, Object result) {
        positional(args, name, 0, 0);
        return result;
    }

    /** Positional-only arguments, between {@code min} and {@code max}, with CPython's arity messages. */
    static Object[] positional(Args args, String name, int min, int max) {
        if (!args.keywords().isEmpty()) {
            throw PyException.typeError(name + "() takes no keyword arguments");
        }
        int n = args.size();
        if (n < min || n > max) {
            String msg;
            if (FIND_STYLE.contains(name)) {
                int k = n < min ? min : max;
                msg = name + "() takes " + (n < min ? "at least " : "at most ") + k + " argument" + (k == 1 ? "" : "s") + " (" + n + " given)";
            } else if (max == 0) {
                msg = "str." + name + "() takes no arguments (" + n + " given)";
            } else if (min == max && max == 1) {
                msg = "str." + name + "() takes exactly one argument (" + n + " given)";
            } else {
                int k = n < min ? min : max;
                msg = name + " expected " + (n < min ? "at least " : "at most ") + k + " argument" + (k == 1 ? "" : "s") + ", got " + n;
            }
            throw PyException.typeError(msg);
        }
        return args.positional().toArray();
    }

    /** {@code v} as a str, or CPython's "must be str, not int" for {@code what}. */
    static String str(Object v, String what) {
        if (!(v instanceof String s)) {
            throw PyException.typeError((what.isEmpty() ? "" : what + " ") + "must be str, not " + Types.shortName(v));
        }
        return s;
    }

    /** An int argument ({@code width}, {@code tabsize}…). */
    static int width(Object v) {
        Long n = Subscripts.asIndex(v);
        if (n == null) {
            throw PyException.typeError("'" + Types.shortName(v) + "' object cannot be interpreted as an integer");
        }
        if (n > 100_000_000) {
            throw new PyException("MemoryError", "");
        }
        return (int) Math.max(n, Integer.MIN_VALUE);
    }

    private static String strip(String s, String name, Object[] a) {
        Object chars = a.length == 0 ? PyNone.NONE : a[0];
        if (!(chars instanceof PyNone) && !(chars instanceof String)) {
            throw PyException.typeError(name + " arg must be None or str");
        }
        String set = chars instanceof String c ? c : null;
        int start = 0;
        int end = s.length();
        if (!name.equals("rstrip")) {
            while (start < end && strippable(s.charAt(start), set)) {
                start++;
            }
        }
        if (!name.equals("lstrip")) {
            while (end > start && strippable(s.charAt(end - 1), set)) {
                end--;
            }
        }
        return s.substring(start, end);
    }

    private static boolean strippable(char c, String set) {
        return set == null ? StrCase.isSpace(c) : set.indexOf(c) >= 0;
    }

    private static String join(String sep, Object iterable) {
        StringBuilder sb = new StringBuilder();
        List<Object> items;
        try {
            items = Iteration.iterate(iterable);
        } catch (PyException e) {
            throw PyException.typeError("can only join an iterable");
        }
        for (int i = 0; i < items.size(); i++) {
            if (!(items.get(i) instanceof String part)) {
                throw PyException.typeError("sequence item " + i + ": expected str instance, " + Types.shortName(items.get(i)) + " found");
            }
            Meter.current().strChars((long) sb.length() + (i > 0 ? sep.length() : 0) + part.length());
            sb.append(i > 0 ? sep : "").append(part);
        }
        return sb.toString();
    }

    private static String replace(String s, Object[] a) {
        String old = str(a[0], "replace() argument 1");
        String neu = str(a[1], "replace() argument 2");
        long count = a.length > 2 ? width(a[2]) : -1;
        if (count < 0) {
            return old.isEmpty() ? insertEverywhere(s, neu, Long.MAX_VALUE) : s.replace(old, neu);
        }
        if (old.isEmpty()) {
            return insertEverywhere(s, neu, count);
        }
        StringBuilder sb = new StringBuilder();
        int from = 0;
        for (long k = 0; k < count; k++) {
            int at = s.indexOf(old, from);
            if (at < 0) {
                break;
            }
            sb.append(s, from, at).append(neu);
            from = at + old.length();
        }
        return sb.append(s.substring(from)).toString();
    }

    /** {@code s.replace('', x)}: x before each character and at the end, at most {@code count} times. */
    private static String insertEverywhere(String s, String x, long count) {
        StringBuilder sb = new StringBuilder();
        long done = 0;
        for (int i = 0; i <= s.length(); i++) {
            if (done < count) {
                sb.append(x);
                done++;
            }
            if (i < s.length()) {
                sb.append(s.charAt(i));
            }
        }
        return sb.toString();
    }

    private static boolean affix(String s, String name, Object[] a) {
        int[] r = StrSearch.bounds(s, a, 1);
        String window = r[0] > r[1] ? null : s.substring(r[0], r[1]);
        List<Object> options = a[0] instanceof PyTuple t ? t.items() : List.of(a[0]);
        for (Object o : options) {
            if (!(o instanceof String p)) {
                throw PyException.typeError(a[0] instanceof PyTuple
                        ? "tuple for " + name + " must only contain str, not " + Types.shortName(o)
                        : name + " first arg must be str or a tuple of str, not " + Types.shortName(o));
            }
            if (window != null && (name.equals("startswith") ? window.startsWith(p) : window.endsWith(p))) {
                return true;
            }
        }
        return false;
    }

    private static String justify(String s, String name, Object[] a) {
        int w = width(a[0]);
        char fill = ' ';
        if (a.length > 1) {
            if (!(a[1] instanceof String f) || f.length() != 1) {
                throw PyException.typeError(a[1] instanceof String
                        ? "The fill character must be exactly one character long"
                        : "The fill character must be a unicode character, not " + Types.shortName(a[1]));
            }
            fill = f.charAt(0);
        }
        int padding = w - s.length();
        if (padding <= 0) {
            return s;
        }
        // CPython's center puts the odd space on the left when the width is odd
        int left = switch (name) {
            case "ljust" -> 0;
            case "rjust" -> padding;
            default -> padding / 2 + (padding & w & 1);
        };
        String f = String.valueOf(fill);
        return f.repeat(left) + s + f.repeat(padding - left);
    }

    private static String zfill(String s, int w) {
        int padding = w - s.length();
        if (padding <= 0) {
            return s;
        }
        boolean signed = !s.isEmpty() && (s.charAt(0) == '+' || s.charAt(0) == '-');
        return signed ? s.charAt(0) + "0".repeat(padding) + s.substring(1) : "0".repeat(padding) + s;
    }

    private static String expandtabs(String s, Object size) {
        int tab = size == null ? 8 : width(size);
        StringBuilder sb = new StringBuilder();
        int column = 0;
        for (char c : s.toCharArray()) {
            if (c == '\t') {
                int n = tab > 0 ? tab - column % tab : 0;
                sb.append(" ".repeat(n));
                column += n;
            } else {
                sb.append(c);
                column = c == '\n' || c == '\r' ? 0 : column + 1;
            }
        }
        return sb.toString();
    }

    /** The pieces of {@code s}, for {@code split} results. */
    static PyList listOf(List<String> parts) {
        return new PyList(new ArrayList<>(parts));
    }
}
