package dev.ndgrade.python.syntax;

/**
 * Why and where the tokenizer stopped. CPython distinguishes errors the tokenizer raises itself ({@code eager}: an
 * unterminated string, a bad number, a stray bracket — these win even over a parse error found earlier in the file)
 * from conditions it only signals (end of file inside brackets, a bad dedent, ...), which become errors only when the
 * parser actually reaches them. {@code openBracket} is the innermost unclosed bracket at that point, if any.
 */
record LexicalError(PythonSyntaxError.Kind kind, String message, int line, int offset, boolean eager,
                    OpenBracket openBracket) {

    /** An opening bracket still waiting for its closing partner. */
    record OpenBracket(char bracket, int line, int column) {
    }

    PythonSyntaxError toException(String fileName) {
        return new PythonSyntaxError(kind, message, fileName, line, offset);
    }

    static PythonSyntaxError neverClosed(OpenBracket open, String fileName) {
        return new PythonSyntaxError(PythonSyntaxError.Kind.SYNTAX_ERROR, "'" + open.bracket() + "' was never closed",
                fileName, open.line(), open.column() + 1);
    }
}
