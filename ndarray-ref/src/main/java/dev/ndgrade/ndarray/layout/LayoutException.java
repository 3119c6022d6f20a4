package dev.ndgrade.ndarray.layout;

import dev.ndgrade.ndarray.error.NumpyException;
import java.util.Objects;

/**
 * A geometry error as NumPy raises it: the Python exception type name and NumPy's exact message. It is a
 * {@link NumpyException}, so callers handle every NumPy error alike.
 */
public final class LayoutException extends NumpyException {
    private static final long serialVersionUID = 1L;

    public LayoutException(String pyType, String message) {
        super(Objects.requireNonNull(pyType, "pyType"), Objects.requireNonNull(message, "message"));
    }

    static LayoutException value(String message) {
        return new LayoutException("ValueError", message);
    }
}
