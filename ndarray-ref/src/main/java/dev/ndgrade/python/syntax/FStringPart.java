package dev.ndgrade.python.syntax;

import java.util.List;

/**
 * A piece of an f-string: literal text, or a replacement field {@code {value!conversion:formatSpec}}. The debug form
 * {@code f"{x=}"} is stored as CPython does: the text {@code "x="} followed by a field with conversion REPR (unless a
 * conversion or format spec is given).
 */
public sealed interface FStringPart {

    /** Literal text, escapes decoded, {@code {{}} and {@code }}} already undoubled. */
    record Text(String value) implements FStringPart {
    }

    /** A replacement field; {@code formatSpec} is empty when there is none and may itself contain fields. */
    record Field(Expr value, Conversion conversion, List<FStringPart> formatSpec) implements FStringPart {
        public Field {
            formatSpec = List.copyOf(formatSpec);
        }
    }
}
