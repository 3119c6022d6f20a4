/** Per-student variants of an exercise: parameter values derived from a student's id and the course seed. */
package dev.ndgrade.grader.variant;
