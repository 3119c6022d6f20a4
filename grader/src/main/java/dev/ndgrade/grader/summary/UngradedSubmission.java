package dev.ndgrade.grader.summary;

import java.util.Objects;

/**
 * An answer file that could not be graded at all.
 *
 * @param file the file as the user named it
 * @param student the student's id as far as it is known (the file's name otherwise)
 * @param exercise the exercise's id, empty when unknown
 * @param reason why, located ({@code file:line:column: what was expected})
 * @param reportHref the link to its report, empty when none was written
 */
public record UngradedSubmission(String file, String student, String exercise, String reason, String reportHref) {

  public UngradedSubmission {
    Objects.requireNonNull(file, "file must not be null");
    Objects.requireNonNull(student, "student must not be null");
    Objects.requireNonNull(exercise, "exercise must not be null");
    Objects.requireNonNull(reason, "reason must not be null");
    Objects.requireNonNull(reportHref, "reportHref must not be null");
  }
}
