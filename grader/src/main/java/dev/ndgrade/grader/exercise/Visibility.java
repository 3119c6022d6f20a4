package dev.ndgrade.grader.exercise;

import java.util.Locale;

/** Whether students see a question when they run {@code check}. */
public enum Visibility {
  /** Shown in {@code check} and in every report. */
  VISIBLE,
  /** Graded by {@code grade} only. */
  HIDDEN;

  /** The word used in files and JSON. */
  public String word() {
    return name().toLowerCase(Locale.ROOT);
  }
}
