/** Grading results as immutable values: a verdict per question, a result per submission. */
package dev.ndgrade.grader.result;
