package dev.ndgrade.python;

import java.util.List;
import java.util.Optional;

/** Signature-only fake; see src/test/fake/README.md. */
public record Transcript(String output, List<UnitOutcome> units) {
  public Optional<String> lastValueRepr() { throw new UnsupportedOperationException("fake"); }
  public Optional<String> firstErrorType() { throw new UnsupportedOperationException("fake"); }
}
