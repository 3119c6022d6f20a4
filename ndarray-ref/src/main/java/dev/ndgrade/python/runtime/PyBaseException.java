package dev.ndgrade.python.runtime;

import java.util.Optional;

/**
 * A Python exception object: an instance of a subclass of BaseException, with its {@code args} and chaining.
 * Errors raised by ndgrade's own code (a {@link PyException} made from a type name, a NumPy error) become one when a
 * snippet catches them.
 */
public final class PyBaseException extends PyInstance {
    private PyTuple args;
    private final String nativeMessage;
    private Object cause = PyNone.NONE;
    private Object context = PyNone.NONE;
    private boolean suppressContext;
    private boolean caught;

    /** An exception made by calling its class: {@code args} are the call's positional arguments. */
    PyBaseException(PyType type, PyTuple args) {
        super(type);
        this.args = args;
        this.nativeMessage = null;
    }

    /**
     * An exception raised by NumPy's C code with structured {@code args} ndgrade does not reproduce (AxisError's
     * {@code (axis, ndim, prefix)}); only its message is known.
     */
    PyBaseException(PyType type, String message) {
        super(type);
        this.args = null;
        this.nativeMessage = message;
    }

    /** {@code e.args}, unless ndgrade does not know them. */
    Optional<PyTuple> args() {
        return Optional.ofNullable(args);
    }

    void setArgs(PyTuple args) {
        this.args = args;
    }

    /** The message of an exception whose args are not known (see the constructor). */
    Optional<String> nativeMessage() {
        return Optional.ofNullable(nativeMessage);
    }

    /** {@code __cause__}: an exception or None. */
    Object cause() {
        return cause;
    }

    /** {@code __context__}: the exception being handled when this one was raised, or None. */
    Object context() {
        return context;
    }

    boolean suppressContext() {
        return suppressContext;
    }

    /** Whether a handler caught this exception: it then has a traceback, which keeps frames and their arrays alive. */
    boolean caught() {
        return caught;
    }

    void markCaught() {
        caught = true;
    }

    /** {@code raise … from cause}: sets {@code __cause__} and {@code __suppress_context__}. */
    void setCause(Object cause) {
        this.cause = cause;
        this.suppressContext = true;
    }

    /** Records the exception being handled when this one was raised, unless that is this one. */
    void setContext(PyBaseException handled) {
        if (handled != null && handled != this) {
            context = handled;
        }
    }
}
