package dev.ndgrade.python.syntax;

import java.util.Optional;

/** A call's keyword argument {@code name=value}, or {@code **value} when {@code name} is empty. */
public record Keyword(Pos pos, Optional<String> name, Expr value) {
}
