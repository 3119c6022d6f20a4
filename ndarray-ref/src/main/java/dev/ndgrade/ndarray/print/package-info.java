/**
 * Text of arrays, scalars, dtypes and flags exactly as NumPy 2.4 prints them with its default print options
 * (the rules of {@code numpy/_core/arrayprint.py} and the Dragon4 float printer they rely on).
 */
package dev.ndgrade.ndarray.print;
