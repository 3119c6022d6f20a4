/** Computes an exercise's answer key by running it in the reference interpreter; keys are never hand-written. */
package dev.ndgrade.grader.key;
