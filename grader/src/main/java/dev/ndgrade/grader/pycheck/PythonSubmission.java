package dev.ndgrade.grader.pycheck;

import java.util.Objects;

/**
 * A student's {@code .py} file for a Python implement exercise.
 *
 * @param student who wrote it ({@code # student:}, else the file's stem)
 * @param exercise the exercise it answers ({@code # exercise:})
 * @param source the file's text
 * @param shownName how messages name the file
 */
public record PythonSubmission(String student, String exercise, String source, String shownName) {

  public PythonSubmission {
    Objects.requireNonNull(student, "student must not be null");
    Objects.requireNonNull(exercise, "exercise must not be null");
    Objects.requireNonNull(source, "source must not be null");
    Objects.requireNonNull(shownName, "shownName must not be null");
  }
}
