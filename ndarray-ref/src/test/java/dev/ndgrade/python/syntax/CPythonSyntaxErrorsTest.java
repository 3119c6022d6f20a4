package dev.ndgrade.python.syntax;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Broken snippets are rejected with CPython 3.11's exception type, message, line and offset (golden/syntax/errors.tsv):
 * by the parser when CPython's parser rejects them, by {@link CompileChecks} when only CPython's compiler does.
 */
class CPythonSyntaxErrorsTest {

    static Stream<Arguments> parserErrors() {
        return GoldenTable.rows("errors.tsv").stream().filter(row -> row[2].equals("parse"))
                .map(row -> Arguments.of(Named.of(row[0], row[1]), row[3] + ": " + row[4] + " (line " + row[5]
                        + ", offset " + row[6] + ")"));
    }

    static Stream<Arguments> compilerErrors() {
        return GoldenTable.rows("errors.tsv").stream().filter(row -> row[2].equals("compile"))
                .map(row -> Arguments.of(Named.of(row[0], row[1]), row[3] + ": " + row[4] + " (line " + row[5]
                        + ", offset " + row[6] + ")"));
    }

    @ParameterizedTest(name = "{0} is reported as CPython reports it")
    @MethodSource("parserErrors")
    void a_snippet_CPython_cannot_parse_raises_the_same_syntax_error(String source, String expected) {
        assertEquals(expected, describe(source));
    }

    @ParameterizedTest(name = "{0} parses, then fails the compile checks as in CPython")
    @MethodSource("compilerErrors")
    void a_snippet_rejected_only_by_CPython_s_compiler_parses_and_fails_the_compile_checks(String source,
                                                                                          String expected) {
        assertEquals("parsed", describe(source));
        assertEquals(expected, firstCompileError(PythonParser.parseModule(source, "snippet.py")));
    }

    /** The first error the compile checks raise, unit by unit, or "compiles". */
    static String firstCompileError(Module module) {
        for (TopLevel unit : module.units()) {
            try {
                CompileChecks.check(unit, "snippet.py");
            } catch (PythonSyntaxError e) {
                return e.kind().pythonName() + ": " + e.pythonMessage() + " (line " + e.line() + ", offset "
                        + e.offset() + ")";
            }
        }
        return "compiles";
    }

    static String describe(String source) {
        try {
            PythonParser.parseModule(source, "snippet.py");
            return "parsed";
        } catch (PythonSyntaxError e) {
            return e.kind().pythonName() + ": " + e.pythonMessage() + " (line " + e.line() + ", offset " + e.offset()
                    + ")";
        }
    }
}
