/**
 * What the JUnit tests of Java implement exercises use to judge student code, never student code itself: points
 * per test, reproducible generated cases that shrink to the smallest failing one, and layouts to compare and
 * draw.
 */
package dev.ndgrade.strided.check;
