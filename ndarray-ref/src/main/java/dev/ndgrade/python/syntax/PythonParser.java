package dev.ndgrade.python.syntax;

/** Entry point: Python 3.11 source text to an immutable {@link Module}. */
public final class PythonParser {

    private PythonParser() {
    }

    /**
     * Parses a whole file into its top-level units.
     *
     * @throws PythonSyntaxError at the first error CPython 3.11 would report, with its message and position
     */
    public static Module parseModule(String source, String fileName) {
        throw new PythonSyntaxError(PythonSyntaxError.Kind.SYNTAX_ERROR, "parser not implemented yet", fileName, 1, 1);
    }
}
