/** Predict exercises: their model, and reading and validating {@code exercise.yaml} files and banks. */
package dev.ndgrade.grader.exercise;
