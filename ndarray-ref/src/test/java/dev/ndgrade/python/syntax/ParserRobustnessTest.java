package dev.ndgrade.python.syntax;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import dev.ndgrade.ndarray.bench.ParserBenchmarks;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Whatever the input, the parser ends with a Module or a PythonSyntaxError (its speed: ParserBenchmarks). */
class ParserRobustnessTest {

    private static final String PROGRAM = """
            import numpy as np
            arr = np.arange(12).reshape(3, 4)
            s = arr[1:, ::2]; t = s.T
            @decorate(flag=True)
            def f(a, b=2, *args, c: int = 3, **kw) -> None:
                '''doc'''
                for i, (x, y) in enumerate(zip(a, b)):
                    if x > y and not kw.get("z"):
                        continue
                    elif x == y:
                        break
                    else:
                        yield f"{x!r:>{width}} {y=}"
                while True:
                    try:
                        del a[0], b.c
                    except (KeyError, IndexError) as e:
                        raise ValueError("bad") from e
                    finally:
                        pass
                return [v ** -2 for v in range(10) if v % 2] + list({k: v for k, v in kw.items()})
            class C(Base, metaclass=M):
                x: int = 1
            with open(p) as fh, lock:
                data = fh.read() if fh else b'\\x00'
            lam = lambda q, *r, **s: (q, *r)
            total = sum(x for x in arr.ravel() if x) @ m
            """;

    @Test
    void every_prefix_of_a_program_parses_or_raises_a_syntax_error() {
        for (int end = 0; end <= PROGRAM.length(); end++) {
            String prefix = PROGRAM.substring(0, end);
            try {
                PythonParser.parseModule(prefix, "prefix.py");
            } catch (PythonSyntaxError expected) {
                assertEquals(true, expected.line() >= 1, "error line for prefix ending at " + end);
            } catch (RuntimeException | StackOverflowError e) {
                fail("prefix ending at " + end + " crashed: " + e);
            }
        }
    }

    @Test
    void deeply_nested_brackets_parse_to_one_assignment() {
        // how long this takes is ParserBenchmarks.deeplyNestedBrackets' business, not a test's
        Module module = PythonParser.parseModule(ParserBenchmarks.DEEPLY_NESTED, "deep.py");
        assertEquals(1, module.units().size());
        assertEquals(1, module.units().get(0).statements().size());
    }

    @Test
    void a_small_snippet_parses_into_one_unit_per_line() {
        Module module = PythonParser.parseModule(ParserBenchmarks.SMALL_SNIPPET, "snippet.py");
        assertEquals(List.of(1, 2, 3, 4, 5), module.units().stream().map(TopLevel::firstLine).toList());
        assertEquals(2, module.units().get(1).statements().size(), "two statements share line 2");
    }
}
