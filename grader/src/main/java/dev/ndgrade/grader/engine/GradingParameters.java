package dev.ndgrade.grader.engine;

import java.net.URI;
import java.nio.file.Path;

/** Configuration parameters the engine reads from the discovery request. */
public final class GradingParameters {

  /** The exercise bank: {@code bundled} (the default) or a directory path. */
  public static final String BANK_PROPERTY_NAME = "ndgrade.bank";
  /** How messages name the bank's root, e.g. the path as typed. */
  public static final String BANK_SHOWN_PROPERTY_NAME = "ndgrade.bank.shown";
  /**
   * The answer file to grade, as a URI (so files inside a jar, such as the bundled samples, work)
   * or a plain path; without it every question is unanswered.
   */
  public static final String ANSWERS_PROPERTY_NAME = "ndgrade.answers";
  /** How messages name the answer file, e.g. the path as typed. */
  public static final String ANSWERS_SHOWN_PROPERTY_NAME = "ndgrade.answers.shown";
  /** The student whose variant of a parameterised exercise is graded (their id). */
  public static final String STUDENT_PROPERTY_NAME = "ndgrade.student";
  /** The course seed that, with a student's id, picks their parameter values. */
  public static final String COURSE_SEED_PROPERTY_NAME = "ndgrade.courseSeed";
  /** The report entry key under which a question's verdict is published, as JSON. */
  public static final String VERDICT_ENTRY_KEY = "ndgrade.verdict";
  /** The report entry key under which an exercise publishes a remark about the whole submission. */
  public static final String NOTE_ENTRY_KEY = "ndgrade.note";

  private GradingParameters() {}

  /** The path an {@link #ANSWERS_PROPERTY_NAME} value names. */
  static Path answersPath(String value) {
    if (value.startsWith("file:") || value.startsWith("jar:")) {
      return Path.of(URI.create(value));
    }
    return Path.of(value);
  }
}
