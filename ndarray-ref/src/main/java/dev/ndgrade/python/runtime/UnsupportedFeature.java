package dev.ndgrade.python.runtime;

/** Code that is valid Python but outside the subset ndgrade runs; reported, never guessed at. */
public final class UnsupportedFeature extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public UnsupportedFeature(String what) {
        super(what, null, false, false);
    }
}
