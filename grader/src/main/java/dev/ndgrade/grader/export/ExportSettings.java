package dev.ndgrade.grader.export;

import java.time.Instant;
import java.util.Objects;

/**
 * What an export needs beyond the results.
 *
 * @param assignment the LMS's name for the assignment column (Canvas: {@code Title (id)}), empty for the exercise title
 * @param timestamp when the grading happened (LTI and JUnit XML carry it)
 */
public record ExportSettings(String assignment, Instant timestamp) {

  public ExportSettings {
    Objects.requireNonNull(assignment, "assignment must not be null");
    Objects.requireNonNull(timestamp, "timestamp must not be null");
  }
}
