package dev.ndgrade.python.syntax;

import java.util.Optional;

/** {@code context as target} in a with statement. */
public record WithItem(Expr context, Optional<Expr> target) {
}
