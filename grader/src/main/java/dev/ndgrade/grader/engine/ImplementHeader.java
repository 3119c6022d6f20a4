package dev.ndgrade.grader.engine;

import dev.ndgrade.grader.data.DataFormatException;
import dev.ndgrade.grader.exercise.Exercise;
import dev.ndgrade.grader.exercise.Implementation;
import dev.ndgrade.grader.exercise.JavaSources;
import dev.ndgrade.grader.exercise.PythonChecks;
import dev.ndgrade.grader.pycheck.PythonSubmission;
import dev.ndgrade.grader.pycheck.PythonSubmissionReader;
import dev.ndgrade.grader.sandbox.JavaSubmission;
import dev.ndgrade.grader.sandbox.JavaSubmissionReader;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Whose code an implement submission is and for which exercise, read from its header lines, and the kind of
 * implement exercise its language can answer.
 *
 * @param student who wrote it
 * @param exercise the exercise it says it answers
 * @param language the language it is written in, {@code java} or {@code python}
 * @param kind the implementation an exercise needs to take it
 */
record ImplementHeader(String student, String exercise, String language, Class<? extends Implementation> kind) {

  /** The header of a Java or Python submission; empty for an answer file. */
  static Optional<ImplementHeader> of(Path path, String shownName) throws DataFormatException {
    if (JavaSubmissionReader.isJava(path)) {
      JavaSubmission java = JavaSubmissionReader.read(path, shownName);
      return Optional.of(new ImplementHeader(java.student(), java.exercise(), "java", JavaSources.class));
    }
    if (PythonSubmissionReader.isPython(path)) {
      PythonSubmission python = PythonSubmissionReader.read(path, shownName);
      return Optional.of(new ImplementHeader(python.student(), python.exercise(), "python", PythonChecks.class));
    }
    return Optional.empty();
  }

  /** Why {@code exercise} cannot take this submission, if it cannot. */
  Optional<String> mismatch(Exercise exercise, String shownName) {
    if (exercise.implement().isEmpty()) {
      return Optional.of(shownName + ": '" + this.exercise + "' is a predict exercise; answer it with an answer file "
          + "(ndgrade start " + this.exercise + ")");
    }
    if (!kind.isInstance(exercise.implement().get())) {
      return Optional.of(shownName + ": '" + this.exercise + "' is not an implement exercise in " + language);
    }
    return Optional.empty();
  }
}
