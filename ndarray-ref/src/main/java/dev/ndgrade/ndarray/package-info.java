/** The reference ndarray: NumPy 2.x's memory model (buffer, offset, shape, byte strides, dtype, base, flags). */
package dev.ndgrade.ndarray;
