package dev.ndgrade.python.syntax;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Python 3.11's tokenizer, rule for rule (Parser/tokenizer.c): NEWLINE/INDENT/DEDENT from indentation, implicit line
 * joining inside brackets, backslash continuation, comments, numbers and strings with their prefixes. It never
 * throws: on the first error it appends an ERROR token and records the {@link LexicalError}, because CPython only
 * reports some tokenizer errors once the parser gets that far.
 */
final class Lexer {

    static final Set<String> KEYWORDS = Set.of("False", "None", "True", "and", "as", "assert", "async", "await",
            "break", "class", "continue", "def", "del", "elif", "else", "except", "finally", "for", "from", "global",
            "if", "import", "in", "is", "lambda", "nonlocal", "not", "or", "pass", "raise", "return", "try", "while",
            "with", "yield");

    private static final int EOF = -1;
    private static final int TAB_SIZE = 8;
    private static final int ALT_TAB_SIZE = 1;
    private static final int MAX_INDENT = 100;
    private static final int MAX_LEVEL = 200;

    /** The tokens, ending with ENDMARKER or with an ERROR token whose cause is {@code error}. */
    record Result(List<Token> tokens, LexicalError error) {
    }

    private final char[] src;
    private final int length;
    /** Line number and start index of the physical line holding the last '\n' (where CPython's cursor ends). */
    private final int lastLine;
    private final int lastLineStart;

    /** Where this text sits in a bigger file (f-string fields): its first line, and the column shift of that line. */
    private final int firstLine;
    private final int firstLineShift;

    private int pos;
    private int line;
    private int lineStart;
    /** CPython's tok->buf: the start of the line where the current token began (kept across continuations). */
    private int bufferStart;
    private boolean atLineStart = true;
    private boolean continuationLine;

    private final int[] indents = new int[MAX_INDENT + 1];
    private final int[] altIndents = new int[MAX_INDENT + 1];
    private int indentTop;
    private int pendingIndents;

    private final char[] bracketChars = new char[MAX_LEVEL];
    private final int[] bracketLines = new int[MAX_LEVEL];
    private final int[] bracketColumns = new int[MAX_LEVEL];
    private int level;

    private final List<Token> tokens = new ArrayList<>();
    private LexicalError error;

    private Lexer(String normalizedSource, int firstLine, int firstLineShift) {
        this.firstLine = firstLine;
        this.firstLineShift = firstLineShift;
        this.line = firstLine;
        this.src = normalizedSource.toCharArray();
        this.length = src.length;
        int lines = 0;
        int start = 0;
        for (int i = 0; i < length; i++) {
            if (src[i] == '\n' && i + 1 < length) {
                lines++;
                start = i + 1;
            }
        }
        // an empty text has no line at all: CPython's line counter is still 0 at its end
        this.lastLine = length == 0 ? firstLine - 1 : firstLine + lines;
        this.lastLineStart = start;
    }

    /** CPython's translate_newlines for file input: \r\n and \r become \n, and the text ends with a newline. */
    static String normalize(String source) {
        String text = normalizeLineEnds(source);
        return text.endsWith("\n") ? text : text + "\n";
    }

    /** translate_newlines for 'eval' input, which gets no final newline added. */
    static String normalizeLineEnds(String source) {
        return source.indexOf('\r') >= 0 ? source.replace("\r\n", "\n").replace('\r', '\n') : source;
    }

    static Result tokenize(String normalizedSource) {
        return tokenize(normalizedSource, 1, 0);
    }

    /** Tokenizes text that starts at {@code firstLine} of a file, its first line shifted right by {@code shift}. */
    static Result tokenize(String normalizedSource, int firstLine, int shift) {
        Lexer lexer = new Lexer(normalizedSource, firstLine, shift);
        lexer.run();
        return new Result(List.copyOf(lexer.tokens), lexer.error);
    }

    // ---------------------------------------------------------------- cursor

    private int next() {
        if (pos >= length) {
            return EOF;
        }
        char c = src[pos++];
        return c;
    }

    private void backup(int c) {
        if (c != EOF) {
            pos--;
        }
    }

    private int peek() {
        return pos < length ? src[pos] : EOF;
    }

    /** Moves to the next line; {@code tokenInProgress} keeps CPython's buffer start where the token began. */
    private void newLine(boolean tokenInProgress) {
        line++;
        lineStart = pos;
        if (!tokenInProgress) {
            bufferStart = pos;
        }
    }

    private void newLine() {
        newLine(false);
    }

    private int cursorColumn() {
        return pos - lineStart;
    }

    // ---------------------------------------------------------------- errors

    /** An error the tokenizer raises itself, pointing at the cursor (CPython's syntaxerror()). */
    private void fail(String message) {
        failAt(line, cursorColumn(), message);
    }

    private void failAt(int errorLine, int offset, String message) {
        stop(new LexicalError(PythonSyntaxError.Kind.SYNTAX_ERROR, message, errorLine, offset, true, openBracket()));
    }

    /** A condition the tokenizer only signals; the parser turns it into an error if it reaches it. */
    private void signal(PythonSyntaxError.Kind kind, String message, int errorLine, int offset) {
        stop(new LexicalError(kind, message, errorLine, offset, false, openBracket()));
    }

    private void stop(LexicalError lexicalError) {
        this.error = lexicalError;
        tokens.add(new Token(TokenKind.ERROR, "", lexicalError.line(), Math.max(lexicalError.offset() - 1, 0),
                lexicalError.line(), Math.max(lexicalError.offset() - 1, 0), level, lexicalError.line(),
                lexicalError.offset()));
    }

    private LexicalError.OpenBracket openBracket() {
        if (level == 0) {
            return null;
        }
        return new LexicalError.OpenBracket(bracketChars[level - 1], bracketLines[level - 1],
                bracketColumns[level - 1]);
    }

    // ---------------------------------------------------------------- emitting

    private void emit(TokenKind kind, int start, int startLine, int startColumn) {
        String text = new String(src, start, pos - start);
        addToken(kind, text, startLine, startColumn, line, cursorColumn());
    }

    /** Adds a token, moving columns on the first line by the shift of embedded text. */
    private void addToken(TokenKind kind, String text, int startLine, int startColumn, int endLine, int endColumn) {
        int start = startColumn + (startLine == firstLine ? firstLineShift : 0);
        int end = endColumn + (endLine == firstLine ? firstLineShift : 0);
        tokens.add(new Token(kind, text, startLine, start, endLine, end, level, startLine, start + 1));
    }

    /** INDENT, DEDENT and ENDMARKER: CPython gives them no position, so errors use the tokenizer cursor. */
    private void emitPositionless(TokenKind kind) {
        boolean atEnd = pos >= length;
        int reportLine = atEnd ? lastLine : line;
        int reportOffset = atEnd ? length - lastLineStart : cursorColumn();
        tokens.add(new Token(kind, "", reportLine, reportOffset, reportLine, reportOffset, level, reportLine,
                reportOffset));
    }

    // ---------------------------------------------------------------- main loop

    private void run() {
        while (error == null) {
            if (!nextToken()) {
                return;
            }
        }
    }

    /** Produces one or more tokens; false once ENDMARKER (or an error) has been emitted. */
    private boolean nextToken() {
        boolean blankLine = false;
        if (atLineStart) {
            atLineStart = false;
            blankLine = readIndentation();
            if (error != null) {
                return false;
            }
        }
        if (pendingIndents != 0) {
            while (pendingIndents < 0) {
                pendingIndents++;
                emitPositionless(TokenKind.DEDENT);
            }
            while (pendingIndents > 0) {
                pendingIndents--;
                emitPositionless(TokenKind.INDENT);
            }
        }
        return readToken(blankLine);
    }

    /** Measures a line's indentation and queues INDENT/DEDENT; true if the line is blank or only a comment. */
    private boolean readIndentation() {
        int col = 0;
        int altCol = 0;
        // a backslash inside the indentation joins lines: the column where the first one stood is the indentation
        int continuationColumn = 0;
        int c;
        while (true) {
            c = next();
            if (c == '\\') {
                continuationColumn = continuationColumn != 0 ? continuationColumn : col;
                if (!continueLine(false)) {
                    return false;
                }
            } else if (c == ' ') {
                col++;
                altCol++;
            } else if (c == '\t') {
                col = (col / TAB_SIZE + 1) * TAB_SIZE;
                altCol = (altCol / ALT_TAB_SIZE + 1) * ALT_TAB_SIZE;
            } else if (c == '\f') {
                col = 0;
                altCol = 0;
            } else {
                break;
            }
        }
        backup(c);
        boolean blank = c == '#' || c == '\n';
        if (blank || level != 0) {
            return blank;
        }
        if (continuationColumn != 0) {
            col = continuationColumn;
            altCol = continuationColumn;
        }
        if (col == indents[indentTop]) {
            if (altCol != altIndents[indentTop]) {
                inconsistentTabs();
            }
        } else if (col > indents[indentTop]) {
            if (indentTop + 1 >= MAX_INDENT) {
                signal(PythonSyntaxError.Kind.INDENTATION_ERROR, "too many levels of indentation", line, 1);
                return false;
            }
            if (altCol <= altIndents[indentTop]) {
                inconsistentTabs();
                return false;
            }
            pendingIndents++;
            indentTop++;
            indents[indentTop] = col;
            altIndents[indentTop] = altCol;
        } else {
            while (indentTop > 0 && col < indents[indentTop]) {
                pendingIndents--;
                indentTop--;
            }
            if (col != indents[indentTop]) {
                signal(PythonSyntaxError.Kind.INDENTATION_ERROR,
                        "unindent does not match any outer indentation level", reportLineAtLineEnd(),
                        lineLengthWithNewline());
                return false;
            }
            if (altCol != altIndents[indentTop]) {
                inconsistentTabs();
            }
        }
        return false;
    }

    private void inconsistentTabs() {
        signal(PythonSyntaxError.Kind.TAB_ERROR, "inconsistent use of tabs and spaces in indentation", line, 1);
    }

    private int reportLineAtLineEnd() {
        return pos >= length ? lastLine : line;
    }

    /** CPython moves its cursor to the end of the line for some errors and reports that column. */
    private int lineLengthWithNewline() {
        if (pos >= length) {
            return length - lastLineStart;
        }
        int end = pos;
        while (end < length && src[end] != '\n') {
            end++;
        }
        return Math.min(end + 1, length) - lineStart;
    }

    private boolean readToken(boolean blankLine) {
        int c;
        while (true) {
            do {
                c = next();
            } while (c == ' ' || c == '\t' || c == '\f');
            int start = c == EOF ? pos : pos - 1;
            int startLine = line;
            int startColumn = start - lineStart;

            if (c == '#') {
                while (c != EOF && c != '\n') {
                    c = next();
                }
            }
            if (c == EOF) {
                if (level > 0) {
                    LexicalError.OpenBracket open = openBracket();
                    stop(new LexicalError(PythonSyntaxError.Kind.SYNTAX_ERROR,
                            "'" + open.bracket() + "' was never closed", open.line(), open.column() + 1, false, open));
                    return false;
                }
                emitPositionless(TokenKind.ENDMARKER);
                return false;
            }
            if (isIdentifierStart(c)) {
                return readNameOrPrefixedString(c, start, startLine, startColumn);
            }
            if (c == '\n') {
                atLineStart = true;
                if (blankLine || level > 0) {
                    newLine();
                    return true;
                }
                addToken(TokenKind.NEWLINE, "", startLine, startColumn, startLine, pos - 1 - lineStart);
                continuationLine = false;
                newLine();
                return true;
            }
            if (c == '.') {
                int c2 = next();
                if (isDigit(c2)) {
                    readFraction(c2, start, startLine, startColumn);
                    return error == null;
                }
                if (c2 == '.') {
                    int c3 = next();
                    if (c3 == '.') {
                        emit(TokenKind.OP, start, startLine, startColumn);
                        return true;
                    }
                    backup(c3);
                }
                backup(c2);
                emit(TokenKind.OP, start, startLine, startColumn);
                return true;
            }
            if (isDigit(c)) {
                readNumber(c, start, startLine, startColumn);
                return error == null;
            }
            if (c == '\'' || c == '"') {
                readString(c, start, startLine, startColumn);
                return error == null;
            }
            if (c == '\\') {
                if (!continueLine(true)) {
                    return false;
                }
                continuationLine = true;
                continue;
            }
            return readOperator(c, start, startLine, startColumn);
        }
    }

    /**
     * After a backslash: it must end the line (else "unexpected character after line continuation character"), and
     * the file must go on. False after signalling the error.
     */
    private boolean continueLine(boolean tokenInProgress) {
        int c = next();
        if (c != '\n') {
            // CPython: col_offset = cur - buf - 1, reported 1-based; buf may start on an earlier line.
            signal(PythonSyntaxError.Kind.SYNTAX_ERROR, "unexpected character after line continuation character", line,
                    pos - bufferStart);
            return false;
        }
        int lineWithBackslash = line;
        int startOfThatLine = lineStart;
        newLine(tokenInProgress);
        c = next();
        if (c == EOF) {
            if (level > 0) {
                LexicalError.OpenBracket open = openBracket();
                stop(new LexicalError(PythonSyntaxError.Kind.SYNTAX_ERROR, "'" + open.bracket() + "' was never closed",
                        open.line(), open.column() + 1, false, open));
            } else {
                signal(PythonSyntaxError.Kind.SYNTAX_ERROR, "unexpected EOF while parsing", lineWithBackslash,
                        length - startOfThatLine);
            }
            return false;
        }
        backup(c);
        return true;
    }

    // ---------------------------------------------------------------- names

    private static boolean isIdentifierStart(int c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' || c >= 128;
    }

    private static boolean isIdentifierChar(int c) {
        return isIdentifierStart(c) || (c >= '0' && c <= '9');
    }

    private static boolean isDigit(int c) {
        return c >= '0' && c <= '9';
    }

    private boolean readNameOrPrefixedString(int first, int start, int startLine, int startColumn) {
        boolean sawB = false;
        boolean sawR = false;
        boolean sawU = false;
        boolean sawF = false;
        int c = first;
        while (true) {
            if (!(sawB || sawU || sawF) && (c == 'b' || c == 'B')) {
                sawB = true;
            } else if (!(sawB || sawU || sawR || sawF) && (c == 'u' || c == 'U')) {
                sawU = true;
            } else if (!(sawR || sawU) && (c == 'r' || c == 'R')) {
                sawR = true;
            } else if (!(sawF || sawB || sawU) && (c == 'f' || c == 'F')) {
                sawF = true;
            } else {
                break;
            }
            c = next();
            if (c == '"' || c == '\'') {
                readString(c, start, startLine, startColumn);
                return error == null;
            }
        }
        boolean nonAscii = false;
        while (isIdentifierChar(c)) {
            if (c >= 128) {
                nonAscii = true;
            }
            c = next();
        }
        backup(c);
        String text = new String(src, start, pos - start);
        if (nonAscii) {
            int bad = firstInvalidIdentifierChar(text);
            if (bad >= 0) {
                int codePoint = text.codePointAt(bad);
                pos = start + bad + Character.charCount(codePoint);
                fail(String.format("invalid character '%s' (U+%04X)", new String(Character.toChars(codePoint)),
                        codePoint));
                return false;
            }
            text = Normalizer.normalize(text, Normalizer.Form.NFKC);
        }
        TokenKind kind = KEYWORDS.contains(text) ? TokenKind.KEYWORD : TokenKind.NAME;
        addToken(kind, text, startLine, startColumn, line, cursorColumn());
        return true;
    }

    /** Index of the first char that makes {@code text} not an identifier (PEP 3131), or -1. */
    private static int firstInvalidIdentifierChar(String text) {
        String normalized = Normalizer.normalize(text, Normalizer.Form.NFKC);
        boolean valid = !normalized.isEmpty();
        for (int i = 0; i < normalized.length() && valid; ) {
            int cp = normalized.codePointAt(i);
            valid = i == 0 ? cp == '_' || Character.isUnicodeIdentifierStart(cp) : isIdentifierPart(cp);
            i += Character.charCount(cp);
        }
        if (valid) {
            return -1;
        }
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            boolean ok = i == 0 ? cp == '_' || Character.isUnicodeIdentifierStart(cp) : isIdentifierPart(cp);
            if (!ok) {
                return i;
            }
            i += Character.charCount(cp);
        }
        return text.length() - 1;
    }

    private static boolean isIdentifierPart(int cp) {
        return Character.isUnicodeIdentifierPart(cp) && !Character.isIdentifierIgnorable(cp);
    }

    // ---------------------------------------------------------------- numbers

    private void readNumber(int first, int start, int startLine, int startColumn) {
        int c = first;
        if (c == '0') {
            c = next();
            if (c == 'x' || c == 'X') {
                c = next();
                do {
                    if (c == '_') {
                        c = next();
                    }
                    if (!isHexDigit(c)) {
                        backup(c);
                        fail("invalid hexadecimal literal");
                        return;
                    }
                    do {
                        c = next();
                    } while (isHexDigit(c));
                } while (c == '_');
                if (!verifyEndOfNumber(c, "hexadecimal")) {
                    return;
                }
            } else if (c == 'o' || c == 'O') {
                c = next();
                do {
                    if (c == '_') {
                        c = next();
                    }
                    if (c < '0' || c >= '8') {
                        if (isDigit(c)) {
                            fail("invalid digit '" + (char) c + "' in octal literal");
                        } else {
                            backup(c);
                            fail("invalid octal literal");
                        }
                        return;
                    }
                    do {
                        c = next();
                    } while ('0' <= c && c < '8');
                } while (c == '_');
                if (isDigit(c)) {
                    fail("invalid digit '" + (char) c + "' in octal literal");
                    return;
                }
                if (!verifyEndOfNumber(c, "octal")) {
                    return;
                }
            } else if (c == 'b' || c == 'B') {
                c = next();
                do {
                    if (c == '_') {
                        c = next();
                    }
                    if (c != '0' && c != '1') {
                        if (isDigit(c)) {
                            fail("invalid digit '" + (char) c + "' in binary literal");
                        } else {
                            backup(c);
                            fail("invalid binary literal");
                        }
                        return;
                    }
                    do {
                        c = next();
                    } while (c == '0' || c == '1');
                } while (c == '_');
                if (isDigit(c)) {
                    fail("invalid digit '" + (char) c + "' in binary literal");
                    return;
                }
                if (!verifyEndOfNumber(c, "binary")) {
                    return;
                }
            } else {
                boolean nonZero = false;
                while (true) {
                    if (c == '_') {
                        c = next();
                        if (!isDigit(c)) {
                            backup(c);
                            fail("invalid decimal literal");
                            return;
                        }
                    }
                    if (c != '0') {
                        break;
                    }
                    c = next();
                }
                int zerosEnd = pos;
                if (isDigit(c)) {
                    nonZero = true;
                    c = decimalTail();
                    if (c == 0) {
                        return;
                    }
                }
                if (c == '.') {
                    c = next();
                    readFraction(c, start, startLine, startColumn);
                    return;
                } else if (c == 'e' || c == 'E') {
                    readExponent(c, start, startLine, startColumn);
                    return;
                } else if (c == 'j' || c == 'J') {
                    readImaginary(start, startLine, startColumn);
                    return;
                } else if (nonZero) {
                    backup(c);
                    // syntaxerror_known_range gets a byte offset that CPython never converts to characters
                    failAt(line, utf8Length(lineStart, start) + 1, "leading zeros in decimal integer literals are "
                            + "not permitted; use an 0o prefix for octal integers");
                    return;
                }
                if (!verifyEndOfNumber(c, "decimal")) {
                    return;
                }
                backup(c);
                emit(TokenKind.NUMBER, start, startLine, startColumn);
                return;
            }
            backup(c);
            emit(TokenKind.NUMBER, start, startLine, startColumn);
            return;
        }
        c = decimalTail();
        if (c == 0) {
            return;
        }
        if (c == '.') {
            c = next();
            readFraction(c, start, startLine, startColumn);
            return;
        }
        finishDecimal(c, start, startLine, startColumn);
    }

    /** After the '.': optional digits, then exponent / imaginary suffix. {@code c} is the char after the '.'. */
    private void readFraction(int c, int start, int startLine, int startColumn) {
        if (isDigit(c)) {
            c = decimalTail();
            if (c == 0) {
                return;
            }
        }
        finishDecimal(c, start, startLine, startColumn);
    }

    private void finishDecimal(int c, int start, int startLine, int startColumn) {
        if (c == 'e' || c == 'E') {
            readExponent(c, start, startLine, startColumn);
            return;
        }
        if (c == 'j' || c == 'J') {
            readImaginary(start, startLine, startColumn);
            return;
        }
        if (!verifyEndOfNumber(c, "decimal")) {
            return;
        }
        backup(c);
        emit(TokenKind.NUMBER, start, startLine, startColumn);
    }

    private void readExponent(int e, int start, int startLine, int startColumn) {
        int c = next();
        if (c == '+' || c == '-') {
            c = next();
            if (!isDigit(c)) {
                backup(c);
                fail("invalid decimal literal");
                return;
            }
        } else if (!isDigit(c)) {
            backup(c);
            if (!verifyEndOfNumber(e, "decimal")) {
                return;
            }
            backup(e);
            emit(TokenKind.NUMBER, start, startLine, startColumn);
            return;
        }
        c = decimalTail();
        if (c == 0) {
            return;
        }
        if (c == 'j' || c == 'J') {
            readImaginary(start, startLine, startColumn);
            return;
        }
        if (!verifyEndOfNumber(c, "decimal")) {
            return;
        }
        backup(c);
        emit(TokenKind.NUMBER, start, startLine, startColumn);
    }

    private void readImaginary(int start, int startLine, int startColumn) {
        int c = next();
        if (!verifyEndOfNumber(c, "imaginary")) {
            return;
        }
        backup(c);
        emit(TokenKind.NUMBER, start, startLine, startColumn);
    }

    /** Digits with single underscores between them; returns the char after, or 0 after reporting an error. */
    private int decimalTail() {
        int c;
        while (true) {
            do {
                c = next();
            } while (isDigit(c));
            if (c != '_') {
                break;
            }
            c = next();
            if (!isDigit(c)) {
                backup(c);
                fail("invalid decimal literal");
                return 0;
            }
        }
        return c;
    }

    private static boolean isHexDigit(int c) {
        return isDigit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
    }

    /**
     * A number glued to a name is an error ({@code 1abc}), except before the keywords that can follow a number in
     * valid code ({@code 1if x else y}), which CPython 3.11 only warns about.
     */
    private int utf8Length(int from, int to) {
        return java.nio.charset.StandardCharsets.UTF_8.encode(java.nio.CharBuffer.wrap(src, from, to - from)).limit();
    }

    private boolean verifyEndOfNumber(int c, String kind) {
        boolean keywordFollows = switch (c) {
            case 'a' -> lookahead("nd");
            case 'e' -> lookahead("lse");
            case 'f' -> lookahead("or");
            case 'i' -> {
                int c2 = peek();
                yield c2 == 'f' || c2 == 'n' || c2 == 's';
            }
            case 'o' -> lookahead("r");
            case 'n' -> lookahead("ot");
            default -> false;
        };
        if (keywordFollows) {
            return true;
        }
        // only ASCII letters count here in 3.11.7: `9é` is a number and a name (then "invalid syntax")
        if (c < 128 && isIdentifierChar(c)) {
            backup(c);
            fail("invalid " + kind + " literal");
            return false;
        }
        return true;
    }

    /** Whether the keyword's remaining letters follow, and then no identifier character ({@code 1and x}, not {@code 1andy}). */
    private boolean lookahead(String rest) {
        for (int i = 0; i < rest.length(); i++) {
            if (pos + i >= length || src[pos + i] != rest.charAt(i)) {
                return false;
            }
        }
        int after = pos + rest.length();
        return after >= length || !(src[after] < 128 && isIdentifierChar(src[after]));
    }

    // ---------------------------------------------------------------- strings

    private void readString(int quote, int start, int startLine, int startColumn) {
        int firstLineStart = lineStart;
        int quoteSize = 1;
        int endQuoteSize = 0;
        int c = next();
        if (c == quote) {
            c = next();
            if (c == quote) {
                quoteSize = 3;
            } else {
                endQuoteSize = 1;
            }
        }
        if (c != quote) {
            backup(c);
        }
        while (endQuoteSize != quoteSize) {
            c = next();
            if (c == EOF || (quoteSize == 1 && c == '\n')) {
                int detectedAt = c == EOF ? lastLine : line;
                String what = quoteSize == 3 ? "unterminated triple-quoted string literal"
                        : "unterminated string literal";
                lineStart = firstLineStart;
                failAt(startLine, startColumn + 1, what + " (detected at line " + detectedAt + ")");
                return;
            }
            if (c == quote) {
                endQuoteSize++;
            } else {
                endQuoteSize = 0;
                if (c == '\\') {
                    c = next();
                    if (c == '\n') {
                        newLine(true);
                    }
                } else if (c == '\n') {
                    newLine(true);
                }
            }
        }
        String text = new String(src, start, pos - start);
        addToken(TokenKind.STRING, text, startLine, startColumn, line, cursorColumn());
    }

    // ---------------------------------------------------------------- operators

    private static final Set<String> THREE_CHAR_OPS = Set.of("**=", "...", "//=", "<<=", ">>=");
    private static final Set<String> TWO_CHAR_OPS = Set.of("!=", "%=", "&=", "**", "*=", "+=", "-=", "->", "//",
            "/=", ":=", "<<", "<=", "<>", "==", ">=", ">>", "@=", "^=", "|=");

    private boolean readOperator(int c, int start, int startLine, int startColumn) {
        int c2 = peek();
        if (c2 != EOF) {
            String two = "" + (char) c + (char) c2;
            if (TWO_CHAR_OPS.contains(two)) {
                pos++;
                int c3 = peek();
                if (c3 != EOF && THREE_CHAR_OPS.contains(two + (char) c3)) {
                    pos++;
                }
                emit(TokenKind.OP, start, startLine, startColumn);
                return true;
            }
        }
        switch (c) {
            case '(', '[', '{' -> {
                if (level >= MAX_LEVEL) {
                    fail("too many nested parentheses");
                    return false;
                }
                bracketChars[level] = (char) c;
                bracketLines[level] = line;
                bracketColumns[level] = startColumn;
                level++;
            }
            case ')', ']', '}' -> {
                if (level == 0) {
                    fail("unmatched '" + (char) c + "'");
                    return false;
                }
                level--;
                char opening = bracketChars[level];
                boolean matches = (opening == '(' && c == ')') || (opening == '[' && c == ']')
                        || (opening == '{' && c == '}');
                if (!matches) {
                    level++;
                    String message = "closing parenthesis '" + (char) c + "' does not match opening parenthesis '"
                            + opening + "'";
                    if (bracketLines[level - 1] != line) {
                        message += " on line " + bracketLines[level - 1];
                    }
                    fail(message);
                    return false;
                }
            }
            default -> {
                if (c < 128 && c != '\t' && (c < 32 || c == 127)) {
                    fail(String.format("invalid non-printable character U+%04X", c));
                    return false;
                }
            }
        }
        emit(TokenKind.OP, start, startLine, startColumn);
        return true;
    }
}
