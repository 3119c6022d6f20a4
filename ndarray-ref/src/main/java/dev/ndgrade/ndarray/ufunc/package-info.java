/**
 * NumPy 2.4's universal functions on the reference array: NEP 50 type promotion, elementwise arithmetic and comparisons
 * with broadcasting, in-place and {@code out=} writes with the overlap rule, and the reductions snippets use.
 * {@link dev.ndgrade.ndarray.ufunc.Ufuncs} is the entry point.
 */
package dev.ndgrade.ndarray.ufunc;
