package dev.ndgrade.python;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Where exceptions and classes meet what ndgrade cannot reproduce exactly, it says so instead of guessing. */
class ExceptionSupportTests {

    @Test
    void theDefaultReprOfAnObjectShowsAnAddressSoItIsUnsupported() {
        assertEquals("UnsupportedError: ndgrade does not support the default repr of an object (it shows a memory "
                + "address) (p.py, line 3, column 1)\n", Eval.transcript("class P:\n    pass\nP()\n", "p.py"));
    }

    @Test
    void liveBytesWhileAnExceptionIsHandledIsUnsupported() {
        String out = Eval.transcript("def f():\n    big = np.zeros(1000)\n    raise ValueError('x')\n"
                + "try:\n    f()\nexcept ValueError:\n    live_bytes()\nlive_bytes()\n", "t.py");
        assertEquals("UnsupportedError: ndgrade does not support live_bytes() while a caught exception is alive (its "
                + "traceback keeps frames alive) (t.py, line 7, column 5)\n0\n", out);
    }

    @Test
    void aSavedCaughtExceptionKeepsLiveBytesUnsupported() {
        String out = Eval.transcript("try:\n    1 / 0\nexcept ZeroDivisionError as e:\n    err = e\nlive_bytes()\n"
                + "del err\nlive_bytes()\n", "t.py");
        assertEquals("UnsupportedError: ndgrade does not support live_bytes() while a caught exception is alive (its "
                + "traceback keeps frames alive) (t.py, line 5, column 1)\n0\n", out);
    }

    @Test
    void deepRecursionRaisesPythonsRecursionErrorBeforeTheInterpreterThreadsStackRunsOut() {
        String out = Eval.transcript("def deep(n):\n    return deep(n + 1)\ntry:\n    deep(0)\nexcept RecursionError:\n"
                + "    print('too deep')\n", "r.py");
        assertEquals("too deep\n", out);
    }

    @Test
    void theArgsOfNumpysStructuredErrorsAreUnsupportedButTheirMessageIsExact() {
        String out = Eval.transcript("try:\n    np.zeros(2).sum(axis=1)\nexcept np.exceptions.AxisError as e:\n"
                + "    print(e)\n    e.args\n", "a.py");
        assertEquals("axis 1 is out of bounds for array of dimension 1\nUnsupportedError: ndgrade does not support the "
                + "args of AxisError objects NumPy raises (a.py, line 5, column 5)\n", out);
    }

    @Test
    void unsupportedCodeInsideTryIsNotCaughtByAHandler() {
        String out = Eval.transcript("try:\n    np.histogram(1)\nexcept Exception:\n    print('caught')\n", "s.py");
        assertEquals("UnsupportedError: ndgrade does not support numpy.histogram (s.py, line 2, column 5)\n", out);
    }

    @Test
    void aBaseExceptionThatIsNoExceptionWouldStopCPythonsLoopSoLettingItEscapeIsUnsupported() {
        String out = Eval.transcript("raise SystemExit('bye')\nprint('still')\n", "x.py");
        assertEquals("UnsupportedError: ndgrade does not support letting SystemExit escape (x.py, line 1)\nstill\n", out);
    }

    @Test
    void anExceptionWhoseStrFailsCannotBePrintedSoItIsUnsupported() {
        String out = Eval.transcript("class Bad(Exception):\n    def __str__(self):\n        return 5\nraise Bad()\n", "b.py");
        assertEquals("UnsupportedError: ndgrade does not support printing this Bad (b.py, line 4)\n", out);
    }
}
