package dev.ndgrade.ndarray.layout;

import java.util.Objects;

/**
 * A geometry error as NumPy raises it: the Python exception type name and NumPy's exact message, so the caller
 * can print {@code pyType() + ": " + getMessage()} byte for byte.
 */
public final class LayoutException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String pyType;

    public LayoutException(String pyType, String message) {
        super(Objects.requireNonNull(message, "message"));
        this.pyType = Objects.requireNonNull(pyType, "pyType");
    }

    static LayoutException valueError(String message) {
        return new LayoutException("ValueError", message);
    }

    /** Python exception type name, such as {@code "ValueError"}, {@code "TooHardError"}, {@code "OverflowError"}. */
    public String pyType() {
        return pyType;
    }
}
