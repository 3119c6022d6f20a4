package dev.ndgrade.python.syntax;

import java.util.ArrayList;
import java.util.List;

/**
 * Turns a run of adjacent STRING tokens into one literal, as CPython 3.11's {@code _PyPegen_concatenate_strings}
 * does: prefixes, escape sequences, bytes/str mixing, and f-strings (delegated to {@link FStringParser}).
 */
final class StringLiteralParser {

    /** Parses the expression of an f-string replacement field (a nested parse with its own error rules). */
    interface FieldParser {
        Expr parse(String expressionText, int firstLine, int firstLineShift, String fileName);
    }

    /** A string token split into its parts. */
    record Literal(Token token, boolean bytes, boolean raw, boolean formatted, String body, int bodyOffset) {
    }

    private final FieldParser fieldParser;

    StringLiteralParser(FieldParser fieldParser) {
        this.fieldParser = fieldParser;
    }

    static Literal split(Token t) {
        String text = t.text();
        int prefixLength = 0;
        boolean bytes = false;
        boolean raw = false;
        boolean formatted = false;
        while (text.charAt(prefixLength) != '\'' && text.charAt(prefixLength) != '"') {
            switch (Character.toLowerCase(text.charAt(prefixLength))) {
                case 'b' -> bytes = true;
                case 'r' -> raw = true;
                case 'f' -> formatted = true;
                default -> { }
            }
            prefixLength++;
        }
        char quote = text.charAt(prefixLength);
        boolean triple = text.length() >= prefixLength + 6 && text.charAt(prefixLength + 1) == quote
                && text.charAt(prefixLength + 2) == quote;
        int quoteLength = triple ? 3 : 1;
        int bodyStart = prefixLength + quoteLength;
        String body = text.substring(bodyStart, text.length() - quoteLength);
        return new Literal(t, bytes, raw, formatted, body, bodyStart);
    }

    Expr concatenate(List<Token> tokens, TokenCursor parser) {
        boolean bytesMode = false;
        boolean anyFormatted = false;
        List<FStringPart> parts = new ArrayList<>();
        StringBuilder plain = new StringBuilder();
        for (int i = 0; i < tokens.size(); i++) {
            Literal literal = split(tokens.get(i));
            String decoded = literal.formatted() ? null : decode(literal, parser);
            if (i != 0 && bytesMode != literal.bytes()) {
                throw parser.raise("cannot mix bytes and nonbytes literals");
            }
            bytesMode = literal.bytes();
            if (literal.formatted()) {
                anyFormatted = true;
                List<FStringPart> fieldParts = new FStringParser(literal, parser, fieldParser, this).parse();
                for (FStringPart part : fieldParts) {
                    if (part instanceof FStringPart.Text text) {
                        plain.append(text.value());
                    } else {
                        flushText(plain, parts);
                        parts.add(part);
                    }
                }
            } else {
                plain.append(decoded);
            }
        }
        Pos pos = tokens.get(0).pos();
        if (bytesMode) {
            return new Expr.BytesLiteral(pos, plain.toString());
        }
        if (!anyFormatted) {
            return new Expr.StringLiteral(pos, plain.toString());
        }
        flushText(plain, parts);
        return new Expr.FString(pos, parts);
    }

    private static void flushText(StringBuilder plain, List<FStringPart> parts) {
        if (plain.length() > 0) {
            parts.add(new FStringPart.Text(plain.toString()));
            plain.setLength(0);
        }
    }

    /** The value of a non-f string token: bytes as Latin-1 chars, str with escapes decoded. */
    private String decode(Literal literal, TokenCursor parser) {
        String body = literal.body();
        if (literal.bytes()) {
            for (int i = 0; i < body.length(); i++) {
                if (body.charAt(i) >= 0x80) {
                    throw parser.raiseAt(literal.token(), "bytes can only contain ASCII literal characters");
                }
            }
            if (literal.raw()) {
                return body;
            }
            try {
                return EscapeDecoder.decodeBytes(body);
            } catch (EscapeDecoder.DecodeError e) {
                throw parser.raise("(value error) " + e.getMessage());
            }
        }
        return literal.raw() ? body : decodeText(body, parser);
    }

    /** Decodes the escapes of str text (also f-string literal parts). */
    String decodeText(String text, TokenCursor parser) {
        try {
            return EscapeDecoder.decodeText(text);
        } catch (EscapeDecoder.DecodeError e) {
            throw parser.raise("(unicode error) " + e.getMessage());
        }
    }
}
