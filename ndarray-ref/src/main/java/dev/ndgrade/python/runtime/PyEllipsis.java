package dev.ndgrade.python.runtime;

/** Python's {@code ...} ({@code Ellipsis}). */
public enum PyEllipsis {
    ELLIPSIS
}
