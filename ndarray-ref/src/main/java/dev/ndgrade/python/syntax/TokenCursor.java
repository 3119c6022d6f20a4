package dev.ndgrade.python.syntax;

import java.util.List;

/**
 * The PEG machinery under the grammar classes, as CPython's pegen runs it: a mark into the token list that rules
 * save and restore to backtrack, per-rule memo tables, the furthest token ever looked at (CPython blames a generic
 * syntax error on it), and the error helpers behind the grammar's RAISE_* actions. A rule returns {@code null} when
 * it does not match; an error aborts the whole parse by throwing {@link Abort}.
 */
abstract class TokenCursor {

    /** Thrown to unwind the parse once an error is decided (CPython's error_indicator). */
    static final class Abort extends RuntimeException {
        final PythonSyntaxError error;
        /** True when the tokenizer raised it: such errors are final (no second pass, no rescan). */
        final boolean fromTokenizer;

        Abort(PythonSyntaxError error, boolean fromTokenizer) {
            super(error.getMessage(), null, false, false);
            this.error = error;
            this.fromTokenizer = fromTokenizer;
        }
    }

    /** A memoized rule result: the value (null = no match) and the mark after it. */
    private record Memo(Object value, int end) {
    }

    protected final Token[] tokens;
    protected final LexicalError lexicalError;
    protected final String fileName;
    /** Prefix of every error message ("f-string: " inside f-string replacement fields). */
    protected final String messagePrefix;
    /** Columns to subtract from error offsets (CPython reports f-string expression errors relative to "(expr)"). */
    protected final int errorColumnShift;

    protected int mark;
    /** How many tokens the parser has fetched so far: tokens[fill - 1] is the furthest one looked at. */
    protected int fill;
    /** Second pass: the invalid_* rules run and produce specific messages. */
    protected boolean callInvalidRules;

    private Memo[][] memo;

    TokenCursor(List<Token> tokens, LexicalError lexicalError, String fileName, String messagePrefix,
                int errorColumnShift) {
        this.tokens = tokens.toArray(new Token[0]);
        this.lexicalError = lexicalError;
        this.fileName = fileName;
        this.messagePrefix = messagePrefix;
        this.errorColumnShift = errorColumnShift;
        this.memo = new Memo[Rule.values().length][];
    }

    /** Rules whose results are memoized (CPython's (memo) rules and its left-recursive ones). */
    enum Rule {
        SIMPLE_STMT, BLOCK, EXPRESSION, STAR_EXPRESSION, DISJUNCTION, CONJUNCTION, INVERSION, BITWISE_OR, FACTOR,
        PRIMARY, T_PRIMARY, STAR_TARGET, TARGET_WITH_STAR_ATOM, DEL_TARGET, STRINGS, ARGUMENTS,
        INVALID_NAMED_EXPRESSION, DOTTED_NAME
    }

    /** Starts the error pass: same tokens, memo cleared, invalid rules on. */
    protected void resetForErrorPass() {
        mark = 0;
        callInvalidRules = true;
        memo = new Memo[Rule.values().length][];
    }

    // ------------------------------------------------------------ tokens

    /** The token at the mark, fetching it (and failing with the tokenizer's error if it is the ERROR token). */
    protected final Token peek() {
        return fetch(mark);
    }

    protected final Token fetch(int index) {
        if (index >= fill) {
            fill = index + 1;
            Token token = tokens[index];
            if (token.kind() == TokenKind.ERROR) {
                throw new Abort(lexicalError.toException(fileName), true);
            }
        }
        return tokens[index];
    }

    protected final Token lastToken() {
        return tokens[mark - 1];
    }

    protected final Token expectOp(String op) {
        Token t = peek();
        if (t.isOp(op)) {
            mark++;
            return t;
        }
        return null;
    }

    protected final boolean isOp(String op) {
        return peek().isOp(op);
    }

    protected final Token expectKeyword(String keyword) {
        Token t = peek();
        if (t.isKeyword(keyword)) {
            mark++;
            return t;
        }
        return null;
    }

    protected final boolean isKeyword(String keyword) {
        return peek().isKeyword(keyword);
    }

    protected final Token expectKind(TokenKind kind) {
        Token t = peek();
        if (t.kind() == kind) {
            mark++;
            return t;
        }
        return null;
    }

    protected final boolean isKind(TokenKind kind) {
        return peek().kind() == kind;
    }

    /** A NAME token (never a keyword) as a Name expression. */
    protected final Expr.Name name() {
        Token t = peek();
        if (t.kind() == TokenKind.NAME) {
            mark++;
            return new Expr.Name(t.pos(), t.text());
        }
        return null;
    }

    /** A soft keyword ("match", "case", "_") or any NAME with that text. */
    protected final Token expectSoftKeyword(String word) {
        Token t = peek();
        if (t.kind() == TokenKind.NAME && t.text().equals(word)) {
            mark++;
            return t;
        }
        return null;
    }

    /** CPython's {@code &&'x'}: the token must be there, else "expected 'x'" at the token found. */
    protected final Token expectForced(String op) {
        Token t = peek();
        if (t.kind() == TokenKind.OP && t.text().equals(op)) {
            mark++;
            return t;
        }
        throw raiseAt(t.line(), t.column(), "expected '" + op + "'");
    }

    // ------------------------------------------------------------ memo

    @SuppressWarnings("unchecked")
    protected final <T> T memoized(Rule rule, java.util.function.Supplier<T> body) {
        Memo[] table = memo[rule.ordinal()];
        if (table == null) {
            table = new Memo[tokens.length + 1];
            memo[rule.ordinal()] = table;
        }
        int start = mark;
        Memo hit = table[start];
        if (hit != null) {
            mark = hit.end();
            return (T) hit.value();
        }
        T value = body.get();
        if (value == null) {
            mark = start;
        }
        table[start] = new Memo(value, mark);
        return value;
    }

    // ------------------------------------------------------------ errors

    /** RAISE_SYNTAX_ERROR: blames the furthest token fetched. */
    protected final Abort raise(String message) {
        return raise(PythonSyntaxError.Kind.SYNTAX_ERROR, message);
    }

    protected final Abort raise(PythonSyntaxError.Kind kind, String message) {
        Token t = tokens[Math.max(fill - 1, 0)];
        return new Abort(new PythonSyntaxError(kind, messagePrefix + message, fileName, t.reportLine(),
                t.reportOffset() - errorColumnShift), false);
    }

    /** RAISE_INDENTATION_ERROR. */
    protected final Abort raiseIndentation(String message) {
        return raise(PythonSyntaxError.Kind.INDENTATION_ERROR, message);
    }

    /** RAISE_SYNTAX_ERROR_KNOWN_LOCATION / _RANGE / _STARTING_FROM: blames where {@code node} starts. */
    protected final Abort raiseAt(Pos pos, String message) {
        return raiseAt(pos.line(), pos.column(), message);
    }

    protected final Abort raiseAt(Token token, String message) {
        return raiseAt(token.line(), token.column(), message);
    }

    protected final Abort raiseAt(int line, int column, String message) {
        return new Abort(new PythonSyntaxError(PythonSyntaxError.Kind.SYNTAX_ERROR, messagePrefix + message,
                fileName, line, column + 1 - errorColumnShift), false);
    }
}
