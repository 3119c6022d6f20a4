package dev.ndgrade.python.syntax;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.fail;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** Whatever the input, the parser ends with a Module or a PythonSyntaxError, and quickly. */
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
    void deeply_nested_brackets_parse_without_backtracking_blowup() {
        String nested = "(".repeat(199) + "x" + ")".repeat(199) + " = [" + "[".repeat(198) + "1" + "]".repeat(199);
        assertTimeoutPreemptively(Duration.ofSeconds(5), () -> PythonParser.parseModule(nested, "deep.py"));
    }

    @Test
    void a_thousand_small_files_parse_within_a_second_or_so() {
        String snippet = """
                arr = np.arange(10)
                s = arr[2:5]; t = s.reshape(3, 1)
                s.base is arr
                arr[[1, 2]] += 1
                print(arr.flags['OWNDATA'], live_bytes())
                """;
        for (int i = 0; i < 200; i++) {
            PythonParser.parseModule(snippet, "warmup.py");
        }
        // generous bound on a shared machine: typically ~0.05 ms per file once warm
        assertTimeoutPreemptively(Duration.ofSeconds(2), () -> {
            for (int i = 0; i < 1000; i++) {
                PythonParser.parseModule(snippet, "file" + i + ".py");
            }
        });
    }
}
