/** Grading results in the formats LMSs and autograder hosts read: Gradescope, Canvas, Moodle, LTI AGS, JUnit XML. */
package dev.ndgrade.grader.export;
