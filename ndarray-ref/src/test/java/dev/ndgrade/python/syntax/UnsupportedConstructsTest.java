package dev.ndgrade.python.syntax;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Valid Python the AST has no records for is rejected by name, at the construct, not as "invalid syntax". */
class UnsupportedConstructsTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "match x:\\n    case 1:\\n        pass\\n | match statements are not supported | 1 | 1",
        "x = 1\\nasync def f():\\n    pass\\n | 'async' statements are not supported | 2 | 1",
        "def f():\\n    return await g()\\n | 'await' expressions are not supported | 2 | 12",
        "try:\\n    x\\nexcept* ValueError:\\n    y\\n | 'except*' clauses are not supported | 3 | 1",
    })
    void a_construct_outside_the_AST_is_named_in_the_error(String source, String message, int line, int offset) {
        PythonSyntaxError e = assertThrows(PythonSyntaxError.class,
                () -> PythonParser.parseModule(source.replace("\\n", "\n"), "t.py"));
        assertEquals(message, e.pythonMessage());
        assertEquals(line, e.line());
        assertEquals(offset, e.offset());
    }
}
