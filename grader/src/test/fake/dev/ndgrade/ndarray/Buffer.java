package dev.ndgrade.ndarray;

/** Signature-only fake; see src/test/fake/README.md. */
public final class Buffer {
  public long nbytes() { throw new UnsupportedOperationException("fake"); }
}
