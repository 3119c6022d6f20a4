package dev.ndgrade.limits;

import java.util.OptionalInt;

/**
 * A snippet went over one of its {@link Limits}, or over what the reference itself can hold (its stack, its heap).
 * The unit stops and its transcript shows one line {@code LimitError: <what> (file, line L)}; the run goes on.
 *
 * <p>This is not a Python exception and a snippet must never be able to catch it: CPython would not have raised
 * anything there, so no {@code try/except Exception} (nor {@code except BaseException}, nor a bare {@code except})
 * may swallow it and carry on as if the code had run. An implementation of {@code try} catches Python's exceptions
 * ({@code PyException}, {@code NumpyException}) only and lets this one pass, as it passes {@code UnsupportedFeature}.
 */
public final class LimitExceeded extends RuntimeException {
    /** The type name of its transcript line, as a Python exception's would be. */
    public static final String TYPE_NAME = "LimitError";
    private static final long serialVersionUID = 1L;
    private final int line;

    /** @param what what went over which limit, e.g. {@code an int of 3321929 bits exceeds the limit int-bits=1000000} */
    public LimitExceeded(String what) {
        this(what, 0);
    }

    private LimitExceeded(String what, int line) {
        super(what, null, false, false);
        this.line = line;
    }

    /** This error located at line {@code where}, unless an inner line is already known. */
    public LimitExceeded at(int where) {
        return line > 0 || where <= 0 ? this : new LimitExceeded(getMessage(), where);
    }

    /** The line (1-based) of the innermost statement that was running, if known. */
    public OptionalInt line() {
        return line > 0 ? OptionalInt.of(line) : OptionalInt.empty();
    }
}
