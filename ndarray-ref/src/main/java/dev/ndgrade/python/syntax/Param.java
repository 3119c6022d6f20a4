package dev.ndgrade.python.syntax;

import java.util.Optional;

/** One parameter of a def or lambda: {@code name: annotation = defaultValue} (lambda parameters have no annotation). */
public record Param(Pos pos, String name, Optional<Expr> annotation, Optional<Expr> defaultValue) {
}
