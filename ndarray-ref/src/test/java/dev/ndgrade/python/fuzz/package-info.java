/** The Java side of the differential fuzzer (src/test/python/fuzz_eval.py): runs many snippets in one JVM. */
package dev.ndgrade.python.fuzz;
