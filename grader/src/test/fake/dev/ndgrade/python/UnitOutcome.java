package dev.ndgrade.python;

import java.util.Optional;

/** Signature-only fake; see src/test/fake/README.md. */
public record UnitOutcome(int line, String source, String output, Optional<String> valueRepr,
                          Optional<String> errorType, Optional<String> errorMessage) {}
