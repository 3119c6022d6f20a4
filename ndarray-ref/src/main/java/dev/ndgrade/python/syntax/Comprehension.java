package dev.ndgrade.python.syntax;

import java.util.List;

/** One {@code for target in iter if cond1 if cond2} clause of a comprehension. */
public record Comprehension(Expr target, Expr iter, List<Expr> conditions) {
    public Comprehension {
        conditions = List.copyOf(conditions);
    }
}
