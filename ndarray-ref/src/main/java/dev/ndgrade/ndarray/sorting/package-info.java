/**
 * NumPy 2.4's sorting and searching on the reference array: {@code np.sort} (a sorted copy), {@code ndarray.sort} (in place, through
 * views), {@code argsort}, {@code argmax} and {@code argmin}, with the cases whose answer depends on NumPy's unstable algorithms refused.
 * {@link dev.ndgrade.ndarray.sorting.Sorting} is the entry point.
 */
package dev.ndgrade.ndarray.sorting;
