package dev.ndgrade.python;

/** An error raised by a snippet or an expression: Python's exception type name and message. */
public class PythonException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final String pyType;

    public PythonException(String pyType, String message) {
        super(message);
        this.pyType = pyType;
    }

    /** {@code type(e).__name__}, e.g. {@code IndexError}. */
    public String pyType() {
        return pyType;
    }

    /** The transcript line: {@code TypeName: message}. */
    public String line() {
        return pyType + ": " + getMessage();
    }
}
