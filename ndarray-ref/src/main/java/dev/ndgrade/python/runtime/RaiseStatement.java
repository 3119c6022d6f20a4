package dev.ndgrade.python.runtime;

import dev.ndgrade.python.syntax.Stmt;
import java.util.List;
import java.util.Map;

/** {@code raise}, {@code raise X}, {@code raise X("m")}, {@code raise X from Y} as CPython 3.11 runs them. */
final class RaiseStatement {
    private RaiseStatement() {
    }

    static void run(Stmt.Raise s, Interpreter in) {
        PyBaseException handled = in.handling().peek();
        if (s.exception().isEmpty()) {
            if (handled == null) {
                throw new PyException("RuntimeError", "No active exception to reraise");
            }
            throw new PyException(handled);
        }
        PyBaseException exc = instance(in.evaluator().eval(s.exception().get()), "exceptions must derive from BaseException");
        if (s.cause().isPresent()) {
            Object cause = in.evaluator().eval(s.cause().get());
            exc.setCause(cause instanceof PyNone ? PyNone.NONE : instance(cause, "exception causes must derive from BaseException"));
        }
        exc.setContext(handled);
        throw new PyException(exc);
    }

    /** An exception object, or the instance an exception class makes when called with no arguments. */
    private static PyBaseException instance(Object v, String error) {
        if (v instanceof PyType t && Classes.isException(t)) {
            return (PyBaseException) Classes.instantiate(t, new Args(t.name() + "()", List.of(), Map.of()));
        }
        if (v instanceof PyBaseException e) {
            return e;
        }
        throw PyException.typeError(error);
    }
}
