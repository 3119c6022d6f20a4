package dev.ndgrade.python.syntax;

/** The token types the parser distinguishes (CPython's token types, operators folded into OP). */
enum TokenKind {
    NAME, KEYWORD, NUMBER, STRING, OP, NEWLINE, INDENT, DEDENT, ENDMARKER,
    /** Where the tokenizer stopped on an error; the parser reports the {@link LexicalError} when it reaches it. */
    ERROR
}
