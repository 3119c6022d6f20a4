package dev.ndgrade.grader.result;

import java.util.Locale;

/** How a question went (the words are part of the JSON contract). */
public enum Status {
  /** All points. */
  CORRECT,
  /** Some points (an output with some lines right). */
  PARTIAL,
  /** No points for a readable answer. */
  WRONG,
  /** No answer was given. */
  UNANSWERED,
  /** The question could not be graded: an unusable answer, a broken exercise, a crash. */
  ERROR;

  /** The word used in JSON and reports: {@code correct}, {@code partial}... */
  public String word() {
    return name().toLowerCase(Locale.ROOT);
  }
}
