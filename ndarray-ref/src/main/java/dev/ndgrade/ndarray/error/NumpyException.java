package dev.ndgrade.ndarray.error;

/**
 * An error NumPy would raise: its Python exception type name ({@code ValueError}, {@code IndexError},
 * {@code UFuncTypeError}…) and NumPy's exact message, so transcripts print {@code TypeName: message}.
 */
public class NumpyException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final String pyType;

    public NumpyException(String pyType, String message) {
        super(message, null, false, false); // a snippet's ordinary error: no stack trace to fill
        this.pyType = pyType;
    }

    /** The Python exception's {@code type(e).__name__}. */
    public String pyType() {
        return pyType;
    }

    public static NumpyException valueError(String message) { return new NumpyException("ValueError", message); }
    public static NumpyException indexError(String message) { return new NumpyException("IndexError", message); }
    public static NumpyException typeError(String message) { return new NumpyException("TypeError", message); }
}
