/** Judges one answer against its key: points, status, and the feedback a wrong answer deserves. */
package dev.ndgrade.grader.judge;
