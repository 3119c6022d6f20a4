package dev.ndgrade.python.runtime;

import dev.ndgrade.ndarray.Unreproducible;
import dev.ndgrade.python.syntax.Pos;
import java.util.Optional;

/**
 * Code that is valid Python but outside the subset ndgrade runs; reported, never guessed at. It carries the
 * position of the innermost expression or statement that needed the feature, once one is known.
 */
public final class UnsupportedFeature extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final transient Pos pos;

    public UnsupportedFeature(String what) {
        this(what, null);
    }

    private UnsupportedFeature(String what, Pos pos) {
        super(what, null, false, false);
        this.pos = pos;
    }

    /** A result the reference cannot reproduce exactly, as the unsupported feature it is. */
    static UnsupportedFeature of(Unreproducible result) {
        return new UnsupportedFeature(result.getMessage());
    }

    /** This error located at {@code where}, unless an inner position is already known. */
    UnsupportedFeature at(Pos where) {
        return pos != null || where == null ? this : new UnsupportedFeature(getMessage(), where);
    }

    /** Where the unsupported code is (line 1-based, column 0-based), if known. */
    public Optional<Pos> pos() {
        return Optional.ofNullable(pos);
    }
}
