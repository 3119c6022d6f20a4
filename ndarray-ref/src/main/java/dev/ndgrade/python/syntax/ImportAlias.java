package dev.ndgrade.python.syntax;

import java.util.Optional;

/** {@code name as asName} in an import; {@code name} may be dotted ({@code numpy.linalg}) or {@code "*"}. */
public record ImportAlias(Pos pos, String name, Optional<String> asName) {
}
