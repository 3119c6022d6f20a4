package dev.ndgrade.python;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ndgrade.limits.Limits;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Each limit refuses its own kind of bomb with one LimitError line, and the run goes on. */
class SessionLimitsTests {

    private static String run(String source, Limits limits) {
        return Eval.transcript(source, "f.py", limits);
    }

    private static String run(String source) {
        return Eval.transcript(source, "f.py");
    }

    @Test
    void aNestedLoopStopsAtItsStepLimitOnItsInnermostLineAndTheRunGoesOn() {
        // 11 steps for the outer loop, then 2001 per pass (the inner for, its 1000 items, its 1000 statements)
        String out = run("n = 0\nfor i in range(10):\n    for j in range(1000):\n        n += 1\nn\n",
                Limits.DEFAULT.with("steps", 4500));
        assertEquals("LimitError: this unit's step count exceeds the limit steps=4500 (f.py, line 3)\n2000\n", out);
    }

    @Test
    void aWhileLoopCountsItsIterations() {
        assertEquals("LimitError: this unit's step count exceeds the limit steps=1000 (f.py, line 1)\n",
                run("while True: pass\n", Limits.DEFAULT.with("steps", 1000)));
    }

    @Test
    void stepsArePerUnitSoEachUnitMaySpendTheWholeBudget() {
        String unit = "for i in range(400):\n    pass\n";
        assertEquals("1\n", run(unit + unit + unit + "1\n", Limits.DEFAULT.with("steps", 1000)));
    }

    @Test
    void bigArrayWorkIsRefusedBeforeItRunsAndArrayBytesAreBudgetedPerUnit() {
        Limits limits = Limits.DEFAULT.with("steps", 1000).with("array-bytes", 1000);
        assertEquals("LimitError: this unit's step count exceeds the limit steps=1000 (f.py, line 2)\n",
                run("a = np.broadcast_to(1.0, (10**6,))\na.sum()\n", limits));
        assertEquals("LimitError: an array of 1600 bytes exceeds the limit array-bytes=1000 (f.py, line 1)\n",
                run("np.ones(200)\n", limits));
        assertEquals("LimitError: the array data this unit allocates (1600 bytes) exceeds the limit array-bytes=1000"
                + " (f.py, line 1)\n800\n", run("a = np.ones(100); b = np.ones(100)\nlive_bytes()\n", limits));
        assertEquals("1600\n", run("a = np.ones(100)\nb = np.ones(100)\nlive_bytes()\n", limits));
    }

    @Test
    void anAllocationNumPyMightRefuseOnThisMachineIsALimitNeverNumPysMemoryError() {
        assertEquals("LimitError: an array of 80000000000 bytes exceeds the limit array-bytes=2147483648"
                + " (f.py, line 1)\n", run("np.ones((100000, 100000))\n"));
    }

    @Test
    void intStrAndListSizesAreRefusedBeforeTheyAreMade() {
        assertEquals("LimitError: an int of 1000000001 bits exceeds the limit int-bits=1000000 (f.py, line 1)\n"
                + "LimitError: an int of 1901956 bits exceeds the limit int-bits=1000000 (f.py, line 3)\n"
                + "LimitError: an int of 1099511627777 bits exceeds the limit int-bits=1000000 (f.py, line 4)\n",
                run("2**10**9\nx = 3**600000\nx * x\n1 << 2**40\n"));
        assertEquals("LimitError: a str of 10000000000 characters exceeds the limit str-chars=10 (f.py, line 1)\n"
                + "LimitError: a str of 12 characters exceeds the limit str-chars=10 (f.py, line 2)\n"
                + "LimitError: a str of 12 characters exceeds the limit str-chars=10 (f.py, line 3)\n",
                run("'a' * 10**10\n'abcdef' + 'abcdef'\n''.join(['abcdef'] * 2)\n", Limits.DEFAULT.with("str-chars", 10)));
        assertEquals("LimitError: a list of 1000000000 items exceeds the limit list-items=10000000 (f.py, line 1)\n"
                + "LimitError: a tuple of 20000000 items exceeds the limit list-items=10000000 (f.py, line 3)\n",
                run("[0] * 10**9\nt = (0,) * 10**7\nt + t\n"));
    }

    @Test
    void outputIsBudgetedPerFileAndAnOverlongWriteIsNotPrinted() {
        Limits limits = Limits.DEFAULT.with("output-bytes", 10);
        Session session = Session.create(limits);
        assertEquals("12345\nLimitError: the output exceeds the limit output-bytes=10 (f.py, line 2)\nLimitError: the"
                + " output exceeds the limit output-bytes=10 (f.py, line 3)\n",
                session.run("print('12345')\nprint('6789é')\nprint('x' * 100)\n", "f.py").output());
        assertEquals("'ok'\n", session.run("'ok'\n", "f.py").output());
    }

    @Test
    void theWallClockCatchesWhatStepsMiss() {
        assertEquals("LimitError: this unit's run time exceeds the limit seconds=1 (f.py, line 1)\n2\n",
                run("while True: pass\n2\n", Limits.NONE.with("seconds", 1)));
    }

    @Test
    void recursionDeeperThanTheStackIsALimitAndTheRunGoesOn() {
        String out = run("def f(k):\n    return f(k + 1)\nf(0)\n'after'\n", Limits.NONE);
        assertTrue(out.matches("(LimitError: the code nests deeper than the reference's stack holds \\(f.py, line 3\\)"
                + "|RecursionError: maximum recursion depth exceeded.*)\n'after'\n"), out);
    }

    @Test
    void errorsOfTheJvmBecomeLinesOfTheirUnit() {
        assertEquals("LimitError: the reference ran out of memory (f.py, line 3)",
                ErrorLine.of(new OutOfMemoryError("Java heap space"), "f.py", 3).text());
        assertEquals("UnsupportedError: ndgrade could not run this (InternalError) (f.py, line 3)",
                ErrorLine.of(new InternalError(), "f.py", 3).text());
    }

    @Test
    void anExpressionRunsUnderTheSameLimits() {
        PythonException e = assertThrows(PythonException.class, () -> Session.create().evalExpression("2**10**9"));
        assertEquals("LimitError", e.pyType());
        assertEquals("an int of 1000000001 bits exceeds the limit int-bits=1000000 (<answer>, line 1)", e.getMessage());
    }

    @Test
    void aUnitOverALimitIsAnErrorOutcomeOfItsOwn() {
        Transcript t = Session.create(Limits.DEFAULT.with("steps", 100)).run("x = 1\nwhile x: pass\nx\n", "q.py");
        assertEquals(Optional.of("LimitError"), t.units().get(1).errorType());
        assertEquals(Optional.of("1"), t.lastValueRepr());
        assertEquals(Optional.of("LimitError"), t.firstErrorType());
    }
}
