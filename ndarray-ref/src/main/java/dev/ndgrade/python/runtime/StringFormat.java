package dev.ndgrade.python.runtime;

import dev.ndgrade.python.syntax.Conversion;
import java.math.BigInteger;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code str.format} and {@code str.format_map}, ported from CPython 3.11's {@code unicode_format.h}: literal text
 * with doubled braces, fields {@code {name.attr[key]!conversion:spec}} whose spec may hold fields itself (two levels
 * deep), automatic or manual numbering (never both), and the same error messages.
 */
final class StringFormat {
    private final List<Object> positional;
    private final Map<String, Object> keywords;
    /** The next automatic field number, or -1 once a field was numbered by hand; 0 and unused at first. */
    private int auto;
    private boolean autoUsed;
    private boolean manualUsed;

    private StringFormat(List<Object> positional, Map<String, Object> keywords) {
        this.positional = positional;
        this.keywords = keywords;
    }

    static String format(String template, Args args) {
        return new StringFormat(args.positional(), args.keywords()).build(template, 2);
    }

    /** {@code str.format_map(mapping)}: keyword fields looked up in a dict. */
    static String formatMap(String template, PyDict mapping) {
        Map<String, Object> keys = new LinkedHashMap<>();
        mapping.pairs().forEach(kv -> {
            if (kv[0] instanceof String k) {
                keys.put(k, kv[1]);
            }
        });
        return new StringFormat(List.of(), keys).build(template, 2);
    }

    private String build(String template, int depth) {
        if (depth <= 0) {
            throw PyException.valueError("Max string recursion exceeded");
        }
        StringBuilder sb = new StringBuilder();
        int i = 0;
        int n = template.length();
        while (i < n) {
            char c = template.charAt(i);
            if (c == '}') {
                if (i + 1 < n && template.charAt(i + 1) == '}') {
                    sb.append('}');
                    i += 2;
                    continue;
                }
                throw PyException.valueError("Single '}' encountered in format string");
            }
            if (c != '{') {
                sb.append(c);
                i++;
                continue;
            }
            if (i + 1 < n && template.charAt(i + 1) == '{') {
                sb.append('{');
                i += 2;
                continue;
            }
            if (i + 1 >= n) {
                throw PyException.valueError("Single '{' encountered in format string");
            }
            Field f = Field.parse(template, i + 1);
            sb.append(render(f, depth));
            i = f.end;
        }
        return sb.toString();
    }

    private String render(Field f, int depth) {
        Object value = lookup(f.name);
        Object converted = Conversions.convert(value, conversion(f.conversion));
        String spec = f.spec.indexOf('{') >= 0 ? build(f.spec, depth - 1) : f.spec;
        return ValueFormat.format(converted, spec);
    }

    private static Conversion conversion(char c) {
        return switch (c) {
            case 0 -> Conversion.NONE;
            case 'r' -> Conversion.REPR;
            case 's' -> Conversion.STR;
            case 'a' -> Conversion.ASCII;
            default -> throw PyException.valueError(c > 32 && c < 127 ? "Unknown conversion specifier " + c
                    : "Unknown conversion specifier \\x" + Integer.toHexString(c));
        };
    }

    /** The object a field name names: an argument, then its {@code .attributes} and {@code [keys]}. */
    private Object lookup(String name) {
        int firstEnd = 0;
        while (firstEnd < name.length() && name.charAt(firstEnd) != '.' && name.charAt(firstEnd) != '[') {
            firstEnd++;
        }
        Object obj = argument(name.substring(0, firstEnd));
        int i = firstEnd;
        while (i < name.length()) {
            char c = name.charAt(i++);
            if (c == '.') {
                int start = i;
                while (i < name.length() && name.charAt(i) != '.' && name.charAt(i) != '[') {
                    i++;
                }
                if (i == start) {
                    throw PyException.valueError("Empty attribute in format string");
                }
                obj = Attributes.get(obj, name.substring(start, i));
            } else if (c == '[') {
                int close = name.indexOf(']', i);
                if (close < 0) {
                    throw PyException.valueError("Missing ']' in format string");
                }
                String key = name.substring(i, close);
                if (key.isEmpty()) {
                    throw PyException.valueError("Empty attribute in format string");
                }
                obj = Subscripts.get(obj, isNumber(key) ? Ints.of(new BigInteger(key)) : key);
                i = close + 1;
                if (i < name.length() && name.charAt(i) != '.' && name.charAt(i) != '[') {
                    throw PyException.valueError("Only '.' or '[' may follow ']' in format field specifier");
                }
            } else {
                throw PyException.valueError("Only '.' or '[' may follow ']' in format field specifier");
            }
        }
        return obj;
    }

    private Object argument(String first) {
        if (first.isEmpty()) {
            if (manualUsed) {
                throw PyException.valueError("cannot switch from manual field specification to automatic field numbering");
            }
            autoUsed = true;
            return positional(auto++);
        }
        if (isNumber(first)) {
            if (autoUsed) {
                throw PyException.valueError("cannot switch from automatic field numbering to manual field specification");
            }
            manualUsed = true;
            return positional(Integer.parseInt(first));
        }
        Object v = keywords.get(first);
        if (v == null) {
            throw PyException.keyError(first);
        }
        return v;
    }

    private Object positional(int index) {
        if (index >= positional.size()) {
            throw PyException.indexError("Replacement index " + index + " out of range for positional args tuple");
        }
        return positional.get(index);
    }

    private static boolean isNumber(String s) {
        return !s.isEmpty() && s.length() < 10 && s.chars().allMatch(c -> c >= '0' && c <= '9');
    }

    /**
     * One replacement field as CPython's {@code parse_field} cuts it from the rest of the template.
     *
     * @param end the index just past the field's closing brace
     */
    private record Field(String name, char conversion, String spec, int end) {

        static Field parse(String s, int start) {
            int i = start;
            int n = s.length();
            char c = 0;
            while (i < n) {
                c = s.charAt(i++);
                if (c == '{') {
                    throw PyException.valueError("unexpected '{' in field name");
                }
                if (c == '[') {
                    while (i < n && s.charAt(i) != ']') {
                        i++;
                    }
                    continue;
                }
                if (c == '}' || c == ':' || c == '!') {
                    break;
                }
            }
            if (c != '}' && c != ':' && c != '!') {
                throw PyException.valueError("expected '}' before end of string");
            }
            String name = s.substring(start, i - 1);
            if (c == '}') {
                return new Field(name, (char) 0, "", i);
            }
            char conversion = 0;
            if (c == '!') {
                if (i >= n) {
                    throw PyException.valueError("end of string while looking for conversion specifier");
                }
                conversion = s.charAt(i++);
                if (i < n) {
                    char after = s.charAt(i++);
                    if (after == '}') {
                        return new Field(name, conversion, "", i);
                    }
                    if (after != ':') {
                        throw PyException.valueError("expected ':' after conversion specifier");
                    }
                }
            }
            int specStart = i;
            int depth = 1;
            while (i < n) {
                char d = s.charAt(i++);
                if (d == '{') {
                    depth++;
                } else if (d == '}' && --depth == 0) {
                    return new Field(name, conversion, s.substring(specStart, i - 1), i);
                }
            }
            throw PyException.valueError("unmatched '{' in format spec");
        }
    }
}
