package dev.ndgrade.python;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Where CPython's behaviour with functions cannot be reproduced (an address in a repr, lazy generators whose laziness
 * shows, C-level recursion checks), ndgrade says so instead of printing a plausible answer. The golden family
 * {@code scopes} covers everything that is reproduced.
 */
class FunctionsUnsupportedTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "def f(): pass\\nf\\n | the repr of function objects",
        "print(lambda: 0)\\n | the repr of function objects",
        "g = (x for x in [1, 2])\\n | generator expressions other than",
        "def f(g): return 1\\nf(x for x in [1, 2])\\n | generator expressions other than",
        "def gen():\\n    yield 1\\ngen()\\n | generator functions",
        "any(print(x) for x in [1, 2])\\n | a generator expression with side effects",
        "def p(x): print(x)\\nany(p(x) for x in [1, 2])\\n | a generator expression with side effects",
        "seen = []\\ndef note(v):\\n    seen.append(v)\\n    return True\\nall(note(v) for v in [1, 2])\\n | a generator expression with side effects",
        "any(x.append(1) for x in [[], []])\\n | a generator expression with side effects",
        "any(1 / x for x in [1, 0])\\n | a generator expression that raises",
        "def f(): pass\\nf.__code__\\n | the function attribute __code__",
        "def f(): pass\\nf.x = 1\\n | assigning function attributes",
        "def f(n):\\n    s = str(n)\\n    return f(n + 1)\\nf(0)\\n | an operation at CPython's recursion limit",
    })
    void whatCannotBeReproducedIsReportedNotGuessed(String source, String reason) {
        String out = transcriptOnADeepStack(source.replace("\\n", "\n"));
        assertTrue(out.startsWith("UnsupportedError: ndgrade does not support " + reason), out);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        // after a RecursionError CPython 3.11 sometimes lets a recursion go one frame deeper: only a frame that does
        // nothing observable there gives the same transcript either way
        "def f(n):\\n    return f(n + 1)\\nf(0)\\nf(0)\\n | RecursionError: maximum recursion depth exceeded\\nRecursionError: maximum recursion depth exceeded\\n",
        "def f(n):\\n    global d\\n    d = n\\n    return f(n + 1)\\nf(0)\\nf(0)\\nd\\n | RecursionError: maximum recursion depth exceeded\\nUnsupportedError: ndgrade does not support recursion to the limit after an earlier RecursionError (CPython 3.11's limit then shifts by one frame) (f.py, line 3, column 5)\\n993\\n",
        "def fact(n):\\n    return 1 if n == 0 else n * fact(n - 1)\\nfact(-1)\\n | RecursionError: maximum recursion depth exceeded\\n",
        "def fact(n):\\n    return 1 if n == 0.5 else n * fact(n - 1)\\nfact(-1)\\n | UnsupportedError: ndgrade does not support an operation at CPython's recursion limit (its RecursionError message depends on the C call) (f.py, line 2, column 12)\\n",
    })
    void theRecursionLimitIsCPythonsWhereItsMessageIsKnown(String source, String expected) {
        assertEquals(expected.replace("\\n", "\n"), transcriptOnADeepStack(source.replace("\\n", "\n")));
    }

    /** Runs where Java's stack outlasts CPython's recursion limit, which these tests reach. */
    private static String transcriptOnADeepStack(String source) {
        String[] out = new String[1];
        Thread t = new Thread(null, () -> out[0] = Eval.transcript(source, "f.py"), "deep", 256L << 20);
        t.start();
        try {
            t.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        return out[0];
    }
}
