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

    /** Per rule, per start mark: the memoized value ({@link #NO_MATCH} for a failure) and 1 + the mark after it. */
    private Object[][] memoValues;
    private int[][] memoEnds;
    private static final Object NO_MATCH = new Object();

    TokenCursor(List<Token> tokens, LexicalError lexicalError, String fileName, String messagePrefix,
                int errorColumnShift) {
        this.tokens = tokens.toArray(new Token[0]);
        this.lexicalError = lexicalError;
        this.fileName = fileName;
        this.messagePrefix = messagePrefix;
        this.errorColumnShift = errorColumnShift;
        this.memoValues = new Object[RULES.length][];
        this.memoEnds = new int[RULES.length][];
    }

    /** Rules whose results are memoized (CPython's (memo) rules and its left-recursive ones). */
    enum Rule {
        SIMPLE_STMT, BLOCK, EXPRESSION, STAR_EXPRESSION, DISJUNCTION, CONJUNCTION, INVERSION, BITWISE_OR, FACTOR,
        PRIMARY, T_PRIMARY, STAR_TARGET, TARGET_WITH_STAR_ATOM, DEL_TARGET, STRINGS, ARGUMENTS,
        INVALID_NAMED_EXPRESSION, DOTTED_NAME
    }

    private static final Rule[] RULES = Rule.values();

    /** Starts the error pass: same tokens, memo cleared, invalid rules on. */
    protected void resetForErrorPass() {
        mark = 0;
        callInvalidRules = true;
        memoValues = new Object[RULES.length][];
        memoEnds = new int[RULES.length][];
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
        int r = rule.ordinal();
        Object[] values = memoValues[r];
        int[] ends = memoEnds[r];
        if (values == null) {
            values = new Object[tokens.length + 1];
            ends = new int[tokens.length + 1];
            memoValues[r] = values;
            memoEnds[r] = ends;
        }
        int start = mark;
        if (ends[start] != 0) {
            mark = ends[start] - 1;
            Object hit = values[start];
            return hit == NO_MATCH ? null : (T) hit;
        }
        T value = body.get();
        if (value == null) {
            mark = start;
        }
        values[start] = value == null ? NO_MATCH : value;
        ends[start] = mark + 1;
        return value;
    }

    // ------------------------------------------------------------ errors

    /**
     * Valid Python that this AST cannot represent (match, async/await, except*): a clean error at the construct,
     * naming it, instead of a misleading "invalid syntax".
     */
    protected final Abort unsupported(Token at, String what) {
        return new Abort(new PythonSyntaxError(PythonSyntaxError.Kind.SYNTAX_ERROR, what + " are not supported",
                fileName, at.line(), at.column() + 1 - errorColumnShift), false);
    }

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
