package dev.ndgrade.python.syntax;

/**
 * A source that CPython 3.11 would refuse to compile. {@code message} is CPython's {@code msg}; {@code line} and
 * {@code offset} are {@code lineno} and {@code offset} as CPython's SyntaxError reports them (both 1-based);
 * {@code kind} is the exception class CPython raises.
 */
public final class PythonSyntaxError extends RuntimeException {

    /** CPython's class for the error: SyntaxError or one of its subclasses. */
    public enum Kind {
        SYNTAX_ERROR("SyntaxError"), INDENTATION_ERROR("IndentationError"), TAB_ERROR("TabError");

        private final String pythonName;

        Kind(String pythonName) {
            this.pythonName = pythonName;
        }

        /** The Python class name, as printed in {@code IndentationError: unexpected indent}. */
        public String pythonName() {
            return pythonName;
        }
    }

    private final Kind kind;
    private final String pythonMessage;
    private final String fileName;
    private final int line;
    private final int offset;

    public PythonSyntaxError(Kind kind, String pythonMessage, String fileName, int line, int offset) {
        super(kind.pythonName() + ": " + pythonMessage + " (" + fileName + ", line " + line + ", offset " + offset + ")");
        this.kind = kind;
        this.pythonMessage = pythonMessage;
        this.fileName = fileName;
        this.line = line;
        this.offset = offset;
    }

    public Kind kind() {
        return kind;
    }

    /** CPython's {@code msg}, e.g. {@code "'(' was never closed"}. */
    public String pythonMessage() {
        return pythonMessage;
    }

    public String fileName() {
        return fileName;
    }

    /** 1-based line ({@code SyntaxError.lineno}). */
    public int line() {
        return line;
    }

    /** 1-based column ({@code SyntaxError.offset}). */
    public int offset() {
        return offset;
    }

    /** What interactive CPython prints as the last line of the report, e.g. {@code SyntaxError: invalid syntax}. */
    public String pythonLine() {
        return kind.pythonName() + ": " + pythonMessage;
    }
}
