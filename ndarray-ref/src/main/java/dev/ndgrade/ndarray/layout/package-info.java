/**
 * NumPy 2.4's pure stride geometry over {@code long[]} dims and byte strides: contiguity, the strides of new
 * buffers, reshape and ravel decisions, broadcasting and memory-overlap solving, with NumPy's exact error texts.
 */
package dev.ndgrade.ndarray.layout;
