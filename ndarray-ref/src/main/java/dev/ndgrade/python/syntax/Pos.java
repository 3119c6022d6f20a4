package dev.ndgrade.python.syntax;

/**
 * Where a node starts in its source, as CPython's {@code ast} reports it: {@code line} is 1-based ({@code lineno}),
 * {@code column} is 0-based ({@code col_offset}), counted in characters (CPython counts UTF-8 bytes; the two agree
 * on ASCII source).
 */
public record Pos(int line, int column) {
    @Override
    public String toString() {
        return line + ":" + column;
    }
}
