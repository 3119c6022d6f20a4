package dev.ndgrade.grader.export;

import java.util.Locale;

/** The export formats, by the name the command line uses. */
public enum ExportFormat {
  /** Gradescope's {@code results.json} for one submission. */
  GRADESCOPE,
  /** A Canvas gradebook import CSV. */
  CANVAS,
  /** A Moodle gradebook import CSV (grade and feedback columns). */
  MOODLE,
  /** LTI 1.3 Assignment and Grade Services score objects, one per submission. */
  LTI,
  /** JUnit XML (the Ant/Surefire format): one test suite per submission, one test case per question. */
  JUNIT;

  /** The name on the command line: {@code gradescope}, {@code canvas}... */
  public String word() {
    return name().toLowerCase(Locale.ROOT);
  }
}
