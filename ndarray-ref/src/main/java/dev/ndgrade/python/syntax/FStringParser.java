package dev.ndgrade.python.syntax;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits the body of one f-string token into literal text and replacement fields, following CPython 3.11's
 * Parser/string_parser.c (fstring_find_literal, fstring_find_expr): doubled braces, !conversions, format specs with
 * nested fields (one level), the {@code =} debug form, and the same "f-string: ..." errors. Field expressions are
 * parsed by a nested parser positioned where they sit in the file.
 */
final class FStringParser {

    private static final int MAX_NESTED_BRACKETS = 200;

    private final StringLiteralParser.Literal literal;
    private final TokenCursor parser;
    private final StringLiteralParser.FieldParser fieldParser;
    private final StringLiteralParser strings;
    private final String s;
    private final int end;
    private int i;

    FStringParser(StringLiteralParser.Literal literal, TokenCursor parser, StringLiteralParser.FieldParser fieldParser,
                  StringLiteralParser strings) {
        this.literal = literal;
        this.parser = parser;
        this.fieldParser = fieldParser;
        this.strings = strings;
        this.s = literal.body();
        this.end = s.length();
    }

    List<FStringPart> parse() {
        return parseParts(0);
    }

    /** fstring_parse: literal text and fields up to the end (level 0) or to the '}' closing a format spec. */
    private List<FStringPart> parseParts(int recursionLevel) {
        List<FStringPart> parts = new ArrayList<>();
        while (true) {
            int literalStart = i;
            boolean doubledBrace = findLiteral(recursionLevel);
            int literalEnd = doubledBrace ? i - 1 : i;
            addText(parts, literalStart, literalEnd);
            if (doubledBrace) {
                continue;
            }
            if (i >= end || s.charAt(i) == '}') {
                break;
            }
            findField(recursionLevel, parts);
        }
        if (recursionLevel == 0 && i < end - 1) {
            throw parser.raise("f-string: unexpected end of string");
        }
        if (recursionLevel != 0 && (i >= end || s.charAt(i) != '}')) {
            throw parser.raise("f-string: expecting '}'");
        }
        return parts;
    }

    private void addText(List<FStringPart> parts, int from, int to) {
        if (to <= from) {
            return;
        }
        String raw = s.substring(from, to);
        String text = literal.raw() ? raw : strings.decodeText(raw, parser);
        if (!text.isEmpty()) {
            parts.add(new FStringPart.Text(text));
        }
    }

    /**
     * fstring_find_literal: advances over literal text. Returns true when it stopped after a doubled brace (the
     * literal includes one brace and the scan continues after the second one).
     */
    private boolean findLiteral(int recursionLevel) {
        while (i < end) {
            char ch = s.charAt(i++);
            if (!literal.raw() && ch == '\\' && i < end) {
                ch = s.charAt(i++);
                if (ch == 'N') {
                    if (i < end && s.charAt(i++) == '{') {
                        while (i < end && s.charAt(i++) != '}') {
                            // skip the character name
                        }
                    }
                    continue;
                }
            }
            if (ch == '{' || ch == '}') {
                if (recursionLevel == 0) {
                    if (i < end && s.charAt(i) == ch) {
                        i++;
                        return true;
                    }
                    if (ch == '}') {
                        i--;
                        throw parser.raise("f-string: single '}' is not allowed");
                    }
                }
                i--;
                return false;
            }
        }
        return false;
    }

    /** fstring_find_expr: one {@code {expression[=][!c][:spec]}} field, added to {@code parts}. */
    private void findField(int recursionLevel, List<FStringPart> parts) {
        if (recursionLevel >= 2) {
            throw parser.raise("f-string: expressions nested too deeply");
        }
        int brace = i;
        i++;
        int exprStart = i;
        char quoteChar = 0;
        int stringType = 0;
        char[] brackets = new char[MAX_NESTED_BRACKETS];
        int depth = 0;
        for (; i < end; i++) {
            char ch = s.charAt(i);
            if (ch == '\\') {
                throw parser.raise("f-string expression part cannot include a backslash");
            }
            if (quoteChar != 0) {
                if (ch == quoteChar) {
                    if (stringType == 3) {
                        if (i + 2 < end && s.charAt(i + 1) == ch && s.charAt(i + 2) == ch) {
                            i += 2;
                            stringType = 0;
                            quoteChar = 0;
                        }
                    } else {
                        stringType = 0;
                        quoteChar = 0;
                    }
                }
            } else if (ch == '\'' || ch == '"') {
                if (i + 2 < end && s.charAt(i + 1) == ch && s.charAt(i + 2) == ch) {
                    stringType = 3;
                    i += 2;
                } else {
                    stringType = 1;
                }
                quoteChar = ch;
            } else if (ch == '[' || ch == '{' || ch == '(') {
                if (depth >= MAX_NESTED_BRACKETS) {
                    throw parser.raise("f-string: too many nested parenthesis");
                }
                brackets[depth++] = ch;
            } else if (ch == '#') {
                throw parser.raise("f-string expression part cannot include '#'");
            } else if (depth == 0 && (ch == '!' || ch == ':' || ch == '}' || ch == '=' || ch == '>' || ch == '<')) {
                if (i + 1 < end) {
                    char next = s.charAt(i + 1);
                    if ((ch == '!' || ch == '=' || ch == '<' || ch == '>') && next == '=') {
                        i++;
                        continue;
                    }
                }
                if (ch == '>' || ch == '<') {
                    continue;
                }
                break;
            } else if (ch == ']' || ch == '}' || ch == ')') {
                if (depth == 0) {
                    throw parser.raise("f-string: unmatched '" + ch + "'");
                }
                char opening = brackets[--depth];
                if (!((opening == '(' && ch == ')') || (opening == '[' && ch == ']')
                        || (opening == '{' && ch == '}'))) {
                    throw parser.raise("f-string: closing parenthesis '" + ch
                            + "' does not match opening parenthesis '" + opening + "'");
                }
            }
        }
        int exprEnd = i;
        if (quoteChar != 0) {
            throw parser.raise("f-string: unterminated string");
        }
        if (depth > 0) {
            throw parser.raise("f-string: unmatched '" + brackets[depth - 1] + "'");
        }
        if (i >= end) {
            throw expectingClosingBrace();
        }
        Expr value = compileExpression(brace, exprStart, exprEnd);

        String debugText = null;
        if (s.charAt(i) == '=') {
            i++;
            while (i < end && isAsciiSpace(s.charAt(i))) {
                i++;
            }
            if (i >= end) {
                throw expectingClosingBrace();
            }
            debugText = s.substring(exprStart, i);
        }
        Conversion conversion = Conversion.NONE;
        if (s.charAt(i) == '!') {
            i++;
            if (i >= end) {
                throw expectingClosingBrace();
            }
            char c = s.charAt(i++);
            conversion = switch (c) {
                case 's' -> Conversion.STR;
                case 'r' -> Conversion.REPR;
                case 'a' -> Conversion.ASCII;
                default -> throw parser.raise(
                        "f-string: invalid conversion character: expected 's', 'r', or 'a'");
            };
        }
        List<FStringPart> formatSpec = List.of();
        boolean hasFormatSpec = false;
        if (i >= end) {
            throw expectingClosingBrace();
        }
        if (s.charAt(i) == ':') {
            i++;
            if (i >= end) {
                throw expectingClosingBrace();
            }
            hasFormatSpec = true;
            formatSpec = parseParts(recursionLevel + 1);
        }
        if (i >= end || s.charAt(i) != '}') {
            throw expectingClosingBrace();
        }
        i++;
        if (debugText != null) {
            parts.add(new FStringPart.Text(debugText));
            if (!hasFormatSpec && conversion == Conversion.NONE) {
                conversion = Conversion.REPR;
            }
        }
        parts.add(new FStringPart.Field(value, conversion, formatSpec));
    }

    private TokenCursor.Abort expectingClosingBrace() {
        return parser.raise("f-string: expecting '}'");
    }

    private static boolean isAsciiSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\u000b';
    }

    /** fstring_compile_expr: checks for an empty field, then parses "(expr)" placed where the field sits. */
    private Expr compileExpression(int brace, int exprStart, int exprEnd) {
        int k = exprStart;
        while (k < exprEnd && (s.charAt(k) == ' ' || s.charAt(k) == '\t' || s.charAt(k) == '\n'
                || s.charAt(k) == '\f')) {
            k++;
        }
        if (k == exprEnd) {
            char after = exprEnd < end ? s.charAt(exprEnd) : 0;
            if (after == '!' || after == ':' || after == '=') {
                throw parser.raise("f-string: expression required before '" + after + "'");
            }
            throw parser.raise("f-string: empty expression not allowed");
        }
        Token token = literal.token();
        String tokenText = token.text();
        int braceInToken = literal.bodyOffset() + brace;
        int lines = 0;
        int lastNewline = -1;
        for (int p = 0; p < braceInToken; p++) {
            if (tokenText.charAt(p) == '\n') {
                lines++;
                lastNewline = p;
            }
        }
        boolean newlineAfterBrace = true;
        for (int p = braceInToken + 1; p < tokenText.length() && tokenText.charAt(p) != '}'
                && tokenText.charAt(p) != '\n'; p++) {
            char c = tokenText.charAt(p);
            if (c != ' ' && c != '\t' && c != '\f') {
                newlineAfterBrace = false;
                break;
            }
        }
        int cols = newlineAfterBrace ? 0 : braceInToken - (lastNewline + 1);
        int shift = lines == 0 ? token.column() + cols : cols;
        try {
            return fieldParser.parse(s.substring(exprStart, exprEnd), token.line() + lines, shift,
                    parser.fileName);
        } catch (PythonSyntaxError e) {
            throw new TokenCursor.Abort(e, false);
        }
    }
}
