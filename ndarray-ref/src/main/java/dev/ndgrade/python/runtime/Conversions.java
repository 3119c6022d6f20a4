package dev.ndgrade.python.runtime;

import dev.ndgrade.python.syntax.Conversion;

/** The {@code !s}, {@code !r} and {@code !a} conversions of f-string and {@code str.format} fields. */
final class Conversions {
    private Conversions() {
    }

    /** The value a field formats: the value itself, or its str, repr or ascii text. */
    static Object convert(Object value, Conversion conversion) {
        return switch (conversion) {
            case NONE -> value;
            case STR -> Repr.str(value);
            case REPR -> Repr.repr(value);
            case ASCII -> ascii(Repr.repr(value));
        };
    }

    /** {@code ascii()}: a repr with every non-ASCII character escaped as {@code \xhh}, {@code \\uhhhh} or {@code \\Uhhhhhhhh}. */
    static String ascii(String repr) {
        StringBuilder sb = new StringBuilder();
        repr.codePoints().forEach(c -> {
            if (c < 0x80) {
                sb.appendCodePoint(c);
            } else if (c < 0x100) {
                sb.append(String.format("\\x%02x", c));
            } else if (c < 0x10000) {
                sb.append(String.format("\\u%04x", c));
            } else {
                sb.append(String.format("\\U%08x", c));
            }
        });
        return sb.toString();
    }
}
