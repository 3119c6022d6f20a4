package dev.ndgrade.python.syntax;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Entry point: Python 3.11 source text to an immutable {@link Module}. Runs pegen's protocol (Parser/pegen.c
 * {@code _PyPegen_run_parser}): a first pass with the plain grammar; if it fails, a second pass with the invalid_*
 * rules for a specific message; failing that, "invalid syntax" at the furthest token of the first pass; and a
 * tokenizer error further on in the file (or a bracket never closed before that point) takes precedence over an
 * error the parser raised.
 */
public final class PythonParser {

    private static final StringLiteralParser STRINGS = new StringLiteralParser(PythonParser::parseField);

    private PythonParser() {
    }

    /**
     * Parses a whole file into its top-level units.
     *
     * @throws PythonSyntaxError at the first error CPython 3.11 would report, with its message and position
     */
    public static Module parseModule(String source, String fileName) {
        try {
            return parseModuleOnThisThread(source, fileName);
        } catch (StackOverflowError deepNesting) {
            return onLargeStack(() -> parseModuleOnThisThread(source, fileName), fileName);
        }
    }

    /**
     * Reruns a parse that overflowed the caller's stack on a thread with a large one: the PEG rules recurse a few
     * dozen frames per bracket level, and CPython accepts 200 levels.
     */
    private static <T> T onLargeStack(java.util.function.Supplier<T> parse, String fileName) {
        List<T> result = new ArrayList<>(1);
        Throwable[] failure = new Throwable[1];
        Thread worker = new Thread(null, () -> {
            try {
                result.add(parse.get());
            } catch (Throwable t) {
                failure[0] = t;
            }
        }, "python-parser-deep", LARGE_STACK_BYTES);
        worker.start();
        try {
            worker.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while parsing " + fileName, e);
        }
        if (failure[0] instanceof StackOverflowError) {
            throw new PythonSyntaxError(PythonSyntaxError.Kind.SYNTAX_ERROR, "too many nested parentheses", fileName,
                    1, 1);
        }
        if (failure[0] instanceof RuntimeException e) {
            throw e;
        }
        if (failure[0] instanceof Error e) {
            throw e;
        }
        return result.get(0);
    }

    private static final long LARGE_STACK_BYTES = 512L << 20;

    private static Module parseModuleOnThisThread(String source, String fileName) {
        String normalized = Lexer.normalize(source);
        Lexer.Result lexed = Lexer.tokenize(normalized);
        StatementGrammar grammar = new StatementGrammar(lexed, fileName, "", 0, STRINGS);
        List<StatementGrammar.UnitSpan> spans = run(grammar, StatementGrammar::file);
        String[] lines = normalized.split("\n", -1);
        List<TopLevel> units = new ArrayList<>(spans.size());
        for (StatementGrammar.UnitSpan span : spans) {
            units.add(new TopLevel(span.statements(), span.firstLine(), span.lastLine(),
                    String.join("\n", java.util.Arrays.asList(lines).subList(span.firstLine() - 1, span.lastLine()))));
        }
        return new Module(fileName, units);
    }

    /**
     * Parses one expression as {@code compile(source, fileName, 'eval')} does (a bare tuple {@code 1, 2} included;
     * no statements, no leading indentation).
     *
     * @throws PythonSyntaxError with CPython 3.11's message and position
     */
    public static Expr parseExpression(String source, String fileName) {
        try {
            return parseExpressionOnThisThread(source, fileName);
        } catch (StackOverflowError deepNesting) {
            return onLargeStack(() -> parseExpressionOnThisThread(source, fileName), fileName);
        }
    }

    private static Expr parseExpressionOnThisThread(String source, String fileName) {
        Lexer.Result lexed = Lexer.tokenize(Lexer.normalizeLineEnds(source));
        return run(new StatementGrammar(lexed, fileName, "", 0, STRINGS), StatementGrammar::evalInput);
    }

    /** The expression of an f-string field, parsed as CPython does: "(expr)" placed at the field's position. */
    private static Expr parseField(String expressionText, int firstLine, int firstLineShift, String fileName) {
        String normalized = Lexer.normalize("(" + expressionText + ")");
        Lexer.Result lexed = Lexer.tokenize(normalized, firstLine, firstLineShift);
        StatementGrammar grammar = new StatementGrammar(lexed, fileName, "f-string: ", firstLineShift, STRINGS);
        return run(grammar, StatementGrammar::fstringExpression);
    }

    private static <T> T run(StatementGrammar grammar, Function<StatementGrammar, T> startRule) {
        T result;
        try {
            result = startRule.apply(grammar);
        } catch (TokenCursor.Abort abort) {
            throw settle(grammar, abort);
        }
        if (result != null) {
            return result;
        }
        Token lastOfFirstPass = grammar.tokens[Math.max(grammar.fill - 1, 0)];
        grammar.resetForErrorPass();
        try {
            startRule.apply(grammar);
        } catch (TokenCursor.Abort abort) {
            throw settle(grammar, abort);
        }
        if (lastOfFirstPass.kind() == TokenKind.INDENT) {
            throw grammar.raiseIndentation("unexpected indent").error;
        }
        if (lastOfFirstPass.kind() == TokenKind.DEDENT) {
            throw grammar.raiseIndentation("unexpected unindent").error;
        }
        // CPython gives ENDMARKER no column: the error then reports offset 0.
        PythonSyntaxError generic = lastOfFirstPass.kind() == TokenKind.ENDMARKER
                ? grammar.raiseAt(lastOfFirstPass.line(), -1, "invalid syntax").error
                : grammar.raiseAt(lastOfFirstPass, "invalid syntax").error;
        throw preferTokenizerError(grammar, generic);
    }

    /** Tokenizer errors stand as raised; parser errors may be overridden by what the rest of the file holds. */
    private static PythonSyntaxError settle(StatementGrammar grammar, TokenCursor.Abort abort) {
        return abort.fromTokenizer ? abort.error : preferTokenizerError(grammar, abort.error);
    }

    /**
     * _PyPegen_tokenize_full_source_to_check_for_errors: tokenizing on from where the parser stopped, an error the
     * tokenizer raises wins, and so does a bracket still open at the end if it was opened on an earlier line than
     * the one the parser blamed.
     */
    private static PythonSyntaxError preferTokenizerError(StatementGrammar grammar, PythonSyntaxError parserError) {
        LexicalError lexical = grammar.lexicalError;
        if (lexical == null) {
            return parserError;
        }
        if (lexical.eager()) {
            return lexical.toException(grammar.fileName);
        }
        int blamedLine = grammar.tokens[Math.max(grammar.fill - 1, 0)].line();
        if (lexical.openBracket() != null && lexical.openBracket().line() < blamedLine) {
            return LexicalError.neverClosed(lexical.openBracket(), grammar.fileName);
        }
        return parserError;
    }
}
