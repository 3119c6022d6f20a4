/** Benchmarks run by hand (never by the test suite): grading speed of Java implement submissions. */
package dev.ndgrade.grader.bench;
