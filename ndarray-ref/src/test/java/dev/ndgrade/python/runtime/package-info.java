/** Tests of the runtime against the inventory of real NumPy and CPython names. */
package dev.ndgrade.python.runtime;
