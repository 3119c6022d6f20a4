package dev.ndgrade.grader.cli;

import dev.ndgrade.grader.exercise.ExerciseBank;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code [DIR]} of the authoring commands: a bank directory (default {@code exercises}), or one
 * exercise's directory, which stands for that exercise of its parent bank.
 */
final class AuthoredExercises {

  @Spec(Spec.Target.MIXEE)
  private CommandSpec spec;

  @Parameters(paramLabel = "DIR", arity = "0..1", defaultValue = "exercises",
      description = "A bank (a directory of <id>/exercise.yaml) or one exercise's directory (default: ${DEFAULT-VALUE}).")
  private Path directory;

  /** The bank that holds the exercises. */
  ExerciseBank bank() {
    return one().map(ExerciseDirectory::bank).orElseGet(() -> ExerciseBank.at(directory, directory.toString()));
  }

  /** The ids of the exercises DIR names: all of the bank's, or the one exercise's. */
  List<String> ids() {
    return one().map(exercise -> List.of(exercise.id())).orElseGet(() -> bank().ids());
  }

  private Optional<ExerciseDirectory> one() {
    if (!Files.isDirectory(directory)) {
      throw new ParameterException(spec.commandLine(), "no such directory: " + directory);
    }
    return ExerciseDirectory.of(directory);
  }
}
