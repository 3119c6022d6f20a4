package dev.ndgrade.python.syntax;

/**
 * One token. Positions are 1-based lines and 0-based columns; {@code level} is the bracket depth after the token (as
 * CPython records it). {@code reportLine}/{@code reportOffset} are where CPython points a syntax error that it blames
 * on "the last token read": the token's own start for ordinary tokens, but the tokenizer's cursor for INDENT, DEDENT
 * and ENDMARKER, which CPython creates without a position.
 */
record Token(TokenKind kind, String text, int line, int column, int endLine, int endColumn, int level,
             int reportLine, int reportOffset) {

    boolean isOp(String op) {
        return kind == TokenKind.OP && text.equals(op);
    }

    boolean isKeyword(String keyword) {
        return kind == TokenKind.KEYWORD && text.equals(keyword);
    }

    Pos pos() {
        return new Pos(line, column);
    }
}
