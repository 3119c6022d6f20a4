package dev.ndgrade.python.runtime;

/** A Python {@code complex}. */
public record PyComplex(double re, double im) {
}
