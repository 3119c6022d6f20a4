/**
 * The student-facing API of Java implement exercises: a byte buffer that only {@link dev.ndgrade.strided.Memory}
 * makes (so every allocation is counted), an array geometry in bytes ({@link dev.ndgrade.strided.Layout}) and
 * arrays that read a buffer through one ({@link dev.ndgrade.strided.StridedArray}). Student code sees this
 * package and {@code java.base}, nothing else.
 */
package dev.ndgrade.strided;
