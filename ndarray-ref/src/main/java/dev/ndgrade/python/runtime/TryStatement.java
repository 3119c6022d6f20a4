package dev.ndgrade.python.runtime;

import dev.ndgrade.ndarray.error.NumpyException;
import dev.ndgrade.python.syntax.ExceptHandler;
import dev.ndgrade.python.syntax.Stmt;
import java.util.List;

/**
 * {@code try}/{@code except}/{@code else}/{@code finally} as CPython 3.11 runs it. Only Python exceptions are
 * caught: code outside the subset ({@link UnsupportedFeature}) and ndgrade's own failures stop the unit at once.
 */
final class TryStatement {
    private final Interpreter in;

    private TryStatement(Interpreter in) {
        this.in = in;
    }

    static void run(Stmt.Try s, Interpreter in) {
        new TryStatement(in).run(s);
    }

    private void run(Stmt.Try s) {
        RuntimeException pending = null;
        try {
            guarded(s);
        } catch (ControlFlow c) {
            pending = c;
        } catch (PyException | NumpyException e) {
            pending = asPython(e);
        } catch (StackOverflowError deep) {
            // CPython's recursion limit (1000 frames) is not the JVM's stack: which call fails would be a guess
            throw new UnsupportedFeature("catching errors of very deep recursion");
        }
        if (!s.finalBody().isEmpty()) {
            // a return, break, continue or exception in the finally block replaces the pending one, as in CPython
            if (pending instanceof PyException p) {
                whileHandling(p.value(), () -> in.executeAll(s.finalBody()));
            } else {
                in.executeAll(s.finalBody());
            }
        }
        if (pending != null) {
            throw pending;
        }
    }

    /** The body, then the matching handler or the else block. */
    private void guarded(Stmt.Try s) {
        try {
            in.executeAll(s.body());
        } catch (PyException | NumpyException e) {
            handle(s.handlers(), asPython(e));
            return;
        }
        in.executeAll(s.orElse());
    }

    private void handle(List<ExceptHandler> handlers, PyException raised) {
        PyBaseException exc = raised.value();
        exc.markCaught();
        for (ExceptHandler h : handlers) {
            boolean[] matched = {h.type().isEmpty()};
            if (!matched[0]) {
                whileHandling(exc, () -> matched[0] = matches(in.evaluator().eval(h.type().get()), exc));
            }
            if (matched[0]) {
                whileHandling(exc, () -> runHandler(h, exc));
                return;
            }
        }
        throw raised;
    }

    /** A handler's body; {@code except E as e} unbinds e afterwards, as CPython does. */
    private void runHandler(ExceptHandler h, PyBaseException exc) {
        h.name().ifPresent(n -> in.frame().bind(n, exc));
        try {
            in.executeAll(h.body());
        } finally {
            h.name().ifPresent(n -> in.frame().unbind(n));
        }
    }

    /** Runs code while {@code exc} is being handled: bare raise re-raises it; new exceptions get it as __context__. */
    private void whileHandling(PyBaseException exc, Runnable body) {
        in.handling().push(exc);
        try {
            body.run();
        } catch (PyException | NumpyException e) {
            PyException raised = asPython(e);
            raised.value().setContext(exc);
            throw raised;
        } finally {
            in.handling().pop();
        }
    }

    /** {@code except spec}: every class named must be an exception class, checked before matching. */
    private static boolean matches(Object spec, PyBaseException exc) {
        List<Object> classes = spec instanceof PyTuple t ? t.items() : List.of(spec);
        for (Object c : classes) {
            if (!(c instanceof PyType t && Classes.isException(t))) {
                throw PyException.typeError("catching classes that do not inherit from BaseException is not allowed");
            }
        }
        return classes.stream().anyMatch(c -> Types.isSubclass(exc.type(), (PyType) c));
    }

    /**
     * A caught Java exception as the Python exception it stands for. A SyntaxError ndgrade finds while running is
     * one CPython reports when compiling the unit, before anything runs: no handler may catch it.
     */
    private static PyException asPython(RuntimeException e) {
        if (e instanceof PyException p) {
            if ("SyntaxError".equals(p.pyType())) {
                throw p;
            }
            return p;
        }
        return new PyException(ExceptionObjects.of(e));
    }
}
