package dev.ndgrade.python;

/** Signature-only fake; see src/test/fake/README.md. */
public class PythonException extends RuntimeException {
  private static final long serialVersionUID = 1L;
  public PythonException(String message) { super(message); }
  public String pyType() { throw new UnsupportedOperationException("fake"); }
}
