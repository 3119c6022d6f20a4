/** What a whole class did, as immutable values built from submission results: scores, question difficulty, common wrong answers. */
package dev.ndgrade.grader.summary;
