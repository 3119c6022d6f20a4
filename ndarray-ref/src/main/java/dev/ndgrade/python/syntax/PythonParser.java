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
        PythonSyntaxError generic = grammar.raiseAt(lastOfFirstPass, "invalid syntax").error;
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
