package dev.ndgrade.grader.result;

import java.util.Objects;

/**
 * A student as the learning-management system knows them: the id exports must use, and what a roster adds.
 * Each part is empty when the LMS did not say.
 *
 * @param id the LMS's user id (Canvas user id, Moodle participant id, Gradescope submission owner)
 * @param name the display name
 * @param sisId the student-information-system id, when the roster has one
 * @param email the email, when the roster has one
 */
public record LmsStudent(String id, String name, String sisId, String email) {

  /** No LMS identity: the student is known only by the id their file carries. */
  public static final LmsStudent NONE = new LmsStudent("", "", "", "");

  public LmsStudent {
    Objects.requireNonNull(id, "id must not be null");
    Objects.requireNonNull(name, "name must not be null");
    Objects.requireNonNull(sisId, "sisId must not be null");
    Objects.requireNonNull(email, "email must not be null");
  }

  /** Whether the LMS said who this is. */
  public boolean isKnown() {
    return !id.isEmpty();
  }
}
