package dev.ndgrade.ndarray;

/** Signature-only fake; see src/test/fake/README.md. */
public interface DType {
  String name();
  int itemsize();
}
