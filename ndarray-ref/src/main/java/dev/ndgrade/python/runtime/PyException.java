package dev.ndgrade.python.runtime;

import dev.ndgrade.ndarray.error.NumpyException;
import java.util.Optional;

/**
 * A Python exception propagating through the interpreter, printed as {@code Type: message}. ndgrade's own code
 * raises it from a type name and a message ({@code new PyException("TypeError", m)}); a snippet's {@code raise}
 * carries the exception object itself. Either way {@link #value()} is the object an {@code except} clause binds.
 */
public class PyException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final String pyType;
    private transient PyBaseException value;

    public PyException(String pyType, String message) {
        super(message, null, false, false);
        this.pyType = pyType;
    }

    /** Raises an exception object ({@code raise ValueError("m")}). */
    PyException(PyBaseException value) {
        super(null, null, false, false);
        this.pyType = null;
        this.value = value;
    }

    /** {@code type(e).__name__}. */
    public String pyType() {
        return pyType != null ? pyType : value.type().name();
    }

    /** {@code str(e)}: a raised object's message may come from a snippet's {@code __str__}, so it is made when asked. */
    @Override
    public String getMessage() {
        return pyType != null ? super.getMessage() : Repr.str(value);
    }

    /**
     * {@code str(e)} for the transcript, or empty when the exception's own {@code __str__} fails or needs code
     * outside the subset (CPython's runner would then fail while printing the error).
     */
    public Optional<String> printableMessage() {
        try {
            return Optional.of(getMessage());
        } catch (PyException | NumpyException | UnsupportedFeature failed) {
            return Optional.empty();
        }
    }

    /** Whether the exception is an Exception, not another BaseException such as SystemExit or KeyboardInterrupt. */
    public boolean isException() {
        return value == null || Types.isSubclass(value.type(), BuiltinClasses.builtin("Exception"));
    }

    /** The exception object, made on first use for an error ndgrade raised by name (args: the message). */
    PyBaseException value() {
        if (value == null) {
            value = ExceptionObjects.fromNative(pyType, super.getMessage());
        }
        return value;
    }

    public static PyException typeError(String m) { return new PyException("TypeError", m); }
    public static PyException valueError(String m) { return new PyException("ValueError", m); }
    public static PyException indexError(String m) { return new PyException("IndexError", m); }
    public static PyException nameError(String name) {
        return new PyException("NameError", "name '" + name + "' is not defined");
    }
    public static PyException attributeError(String typeName, String attr) {
        return new PyException("AttributeError", "'" + typeName + "' object has no attribute '" + attr + "'");
    }

    /** {@code KeyError(key)}: its message is the key's repr, its args the key itself. */
    public static PyException keyError(Object key) {
        return new PyException(new PyBaseException(BuiltinClasses.builtin("KeyError"), PyTuple.of(key)));
    }
}
