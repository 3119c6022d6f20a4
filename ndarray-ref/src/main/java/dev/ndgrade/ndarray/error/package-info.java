/**
 * The errors NumPy raises, as one Java exception carrying the Python type name and NumPy's exact message: the bottom
 * layer, which the array, its geometry and its ufuncs all throw and the interpreter catches in one place.
 */
package dev.ndgrade.ndarray.error;
