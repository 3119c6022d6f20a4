package dev.ndgrade.python.syntax;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** parseExpression reads what compile(source, file, 'eval') reads, and rejects the rest as it does (eval.tsv). */
class CPythonEvalModeTest {

    static Stream<Arguments> expressions() {
        return GoldenTable.rows("eval.tsv").stream().map(row -> Arguments.of(Named.of(row[0], row[1]), row[2]));
    }

    @ParameterizedTest(name = "{0} is read as CPython's eval mode reads it")
    @MethodSource("expressions")
    void an_expression_parses_or_fails_as_in_CPython_eval_mode(String source, String expected) {
        String actual;
        try {
            actual = AstPrinter.print(PythonParser.parseExpression(source, "answer"));
        } catch (PythonSyntaxError e) {
            actual = e.kind().pythonName() + ": " + e.pythonMessage() + " (line " + e.line() + ", offset " + e.offset()
                    + ")";
        }
        assertEquals(expected, actual);
    }
}
