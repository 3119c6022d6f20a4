package dev.ndgrade.python;

/**
 * Entry point of the NumPy-snippet interpreter: runs a file's top-level statements the way
 * CPython's interactive mode does and returns what it prints.
 *
 * <p>Placeholder so the golden-corpus harness compiles; the interpreter replaces it.
 */
public final class Eval {

    private Eval() {
    }

    /**
     * The transcript of running {@code source} in a fresh namespace with {@code import numpy as np} done.
     *
     * @param source the snippet's text
     * @param fileName the name the snippet is reported under
     * @return exactly what CPython 3.11 with NumPy 2.4 prints for it
     */
    public static String transcript(String source, String fileName) {
        throw new UnsupportedOperationException(
                "the snippet interpreter is not written yet; cannot run " + fileName);
    }
}
