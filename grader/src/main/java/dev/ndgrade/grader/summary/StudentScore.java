package dev.ndgrade.grader.summary;

import java.util.Objects;

/**
 * One graded submission's score.
 *
 * @param student the student's id
 * @param file the answer file as the user named it
 * @param score points earned
 * @param maxScore points available
 * @param reportHref the link to the student's report, empty when none was written
 */
public record StudentScore(String student, String file, double score, double maxScore, String reportHref) {

  public StudentScore {
    Objects.requireNonNull(student, "student must not be null");
    Objects.requireNonNull(file, "file must not be null");
    Objects.requireNonNull(reportHref, "reportHref must not be null");
  }
}
