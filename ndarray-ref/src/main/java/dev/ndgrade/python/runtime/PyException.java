package dev.ndgrade.python.runtime;

/** A Python exception raised while running a snippet: its type name and message, printed as {@code Type: message}. */
public class PyException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final String pyType;

    public PyException(String pyType, String message) {
        super(message, null, false, false);
        this.pyType = pyType;
    }

    public String pyType() {
        return pyType;
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
}
