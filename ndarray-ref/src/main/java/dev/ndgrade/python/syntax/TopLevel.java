package dev.ndgrade.python.syntax;

import java.util.List;

/**
 * What CPython's interactive mode compiles as one {@code 'single'} statement: either one logical line of simple
 * statements joined by {@code ;} (they run together; if one raises, the rest of the line is skipped) or one compound
 * statement with its whole block. {@code firstLine}..{@code lastLine} (1-based, inclusive) is its span in the file and
 * {@code source} those lines' text (without the final newline).
 */
public record TopLevel(List<Stmt> statements, int firstLine, int lastLine, String source) {
    public TopLevel {
        statements = List.copyOf(statements);
        if (statements.isEmpty()) {
            throw new IllegalArgumentException("a top-level unit holds at least one statement");
        }
    }
}
