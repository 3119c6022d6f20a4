package dev.ndgrade.python.syntax;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Valid snippets parse to the tree CPython 3.11's ast module builds, node for node and position for position,
 * grouped into the units interactive mode runs (golden/syntax/ast.tsv, rendered in AstPrinter's format); and each
 * unit passes or fails {@link CompileChecks} as compiling it in 'single' mode does in CPython.
 */
class CPythonAstTest {

    static Stream<Arguments> snippets() {
        return GoldenTable.rows("ast.tsv").stream()
                .map(row -> Arguments.of(Named.of(row[0], row[1]), row[2]));
    }

    static Stream<Arguments> compileOutcomes() {
        return GoldenTable.rows("ast.tsv").stream()
                .map(row -> Arguments.of(Named.of(row[0], row[1]), row[3]));
    }

    @ParameterizedTest(name = "{0} parses to the tree CPython builds")
    @MethodSource("snippets")
    void a_valid_snippet_parses_to_CPython_s_tree(String source, String expectedDump) {
        assertEquals(expectedDump, AstPrinter.print(PythonParser.parseModule(source, "snippet.py")));
    }

    @ParameterizedTest(name = "{0}: each unit compiles or fails as in CPython")
    @MethodSource("compileOutcomes")
    void each_unit_passes_or_fails_the_compile_checks_as_in_CPython(String source, String expectedOutcomes) {
        List<String> outcomes = new ArrayList<>();
        for (TopLevel unit : PythonParser.parseModule(source, "snippet.py").units()) {
            try {
                CompileChecks.check(unit, "snippet.py");
                outcomes.add("ok");
            } catch (PythonSyntaxError e) {
                outcomes.add(e.kind().pythonName() + ": " + e.pythonMessage() + " (line " + e.line() + ", offset "
                        + e.offset() + ")");
            }
        }
        assertEquals(expectedOutcomes, String.join("\n", outcomes));
    }
}
