/** Python's runtime for the snippet subset: values, operators, builtins and the tree-walking interpreter. */
package dev.ndgrade.python.runtime;
