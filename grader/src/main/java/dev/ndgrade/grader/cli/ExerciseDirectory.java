package dev.ndgrade.grader.cli;

import dev.ndgrade.grader.exercise.ExerciseBank;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * One exercise named by its directory ({@code exercises/views-slicing}): the exercise of that id
 * in the bank that is the directory's parent.
 *
 * @param bank the parent bank
 * @param id the exercise's id, the directory's name
 */
record ExerciseDirectory(ExerciseBank bank, String id) {

  /** The exercise in {@code directory}, if it holds an exercise file. */
  static Optional<ExerciseDirectory> of(Path directory) {
    if (!Files.isRegularFile(directory.resolve(ExerciseBank.EXERCISE_FILE))) {
      return Optional.empty();
    }
    Path absolute = directory.toAbsolutePath().normalize();
    String shownParent = directory.getParent() == null ? "." : directory.getParent().toString();
    return Optional.of(new ExerciseDirectory(ExerciseBank.at(absolute.getParent(), shownParent),
        absolute.getFileName().toString()));
  }
}
