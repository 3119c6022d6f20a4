package dev.ndgrade.python.syntax;

/** The {@code !s}, {@code !r}, {@code !a} conversion of an f-string replacement field, or none. */
public enum Conversion {
    NONE, STR, REPR, ASCII
}
