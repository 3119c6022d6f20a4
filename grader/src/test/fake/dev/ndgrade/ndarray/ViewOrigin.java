package dev.ndgrade.ndarray;

/** Signature-only fake; see src/test/fake/README.md. */
public record ViewOrigin(String operation, boolean view, String detail) {}
