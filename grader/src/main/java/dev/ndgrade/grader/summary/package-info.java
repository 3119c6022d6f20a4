/**
 * What a whole class did, as immutable values built from submission results: scores, each
 * question's difficulty, the most common wrong answers.
 */
package dev.ndgrade.grader.summary;
