package dev.ndgrade.grader.sandbox;

import java.util.List;
import java.util.Objects;

/**
 * A Java submission: the completed starter file(s) and who sent them for which exercise.
 *
 * @param student from a {@code // student: NAME} line, else the file's (or directory's) name
 * @param exercise from the {@code // exercise: ID} line
 * @param sources the {@code .java} files, named relative to the submission
 */
public record JavaSubmission(String student, String exercise, List<JavaSource> sources) {

  public JavaSubmission {
    Objects.requireNonNull(student, "student must not be null");
    Objects.requireNonNull(exercise, "exercise must not be null");
    sources = List.copyOf(sources);
  }
}
