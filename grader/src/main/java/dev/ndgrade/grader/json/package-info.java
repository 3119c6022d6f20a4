/** Grading results as deterministic JSON: the same results always give the same bytes. */
package dev.ndgrade.grader.json;
