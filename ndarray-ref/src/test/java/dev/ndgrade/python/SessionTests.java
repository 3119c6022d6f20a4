package dev.ndgrade.python;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.ndgrade.ndarray.NdArray;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The parts of the eval contract that only ndgrade prints: unsupported code, and what the grader reads back. */
class SessionTests {

    @Test
    void unsupportedCodeIsOneLineNamingFileLineAndColumnAndTheRunGoesOn() {
        String out = Eval.transcript("a = np.arange(3)\nb = input()\ny = np.histogram(a)\nlen(a)\n", "lesson.py");
        assertEquals("UnsupportedError: ndgrade does not support the builtin input() (lesson.py, line 2, column 5)\n"
                + "UnsupportedError: ndgrade does not support numpy.histogram (lesson.py, line 3, column 5)\n"
                + "3\n", out);
    }

    @Test
    void aNameNumPyDoesNotHaveIsNumPysAttributeError() {
        assertEquals("AttributeError: module 'numpy' has no attribute 'flatten'\n",
                Eval.transcript("np.flatten\n", "f.py"));
    }

    @Test
    void aFileThatDoesNotParseRunsNothingAndPrintsPythonsError() {
        assertEquals("IndentationError: unexpected indent\n", Eval.transcript("x = 1\n  y = 2\n", "f.py"));
        assertEquals("SyntaxError: '(' was never closed\n", Eval.transcript("x = 1\nprint(x\n", "f.py"));
    }

    @Test
    void eachUnitGetsCompileTimeChecksAndLaterUnitsStillRun() {
        assertEquals("SyntaxError: 'break' outside loop (f.py, line 1)\n1\n", Eval.transcript("x = 1\nbreak\nx\n", "dir/f.py"));
    }

    @Test
    void theGraderReadsValuesErrorsAndBindingsBack() {
        Session s = Session.create();
        Transcript t = s.run("a = np.arange(6)\nb = a[::2]\nb.base is a\n", "q.py");
        assertEquals(Optional.of("True"), t.lastValueRepr());
        assertSame(((NdArray) s.get("b")).base(), s.get("a"));
        assertEquals(java.util.List.of("a", "b"), s.names());
        assertEquals(48, s.liveBytes());
        assertEquals(Optional.of("IndexError"), s.run("a[10]\n", "q.py").firstErrorType());
        assertEquals(Optional.empty(), s.run("print(a)\n", "q.py").lastValueRepr(), "print displays no value");
        assertEquals(Optional.of("array([0, 2, 4])"), s.run("print(1); b\n", "q.py").lastValueRepr());
        PythonException e = assertThrows(PythonException.class, () -> s.evalExpression("array([1, 2"));
        assertEquals("SyntaxError", e.pyType());
    }
}
