package dev.ndgrade.grader.cli;

import dev.ndgrade.grader.exercise.ExerciseBank;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code --exercises DIR}: which exercise bank a command uses (default: the bundled one). */
final class BankOption {

  @Spec(Spec.Target.MIXEE)
  private CommandSpec spec;

  @Option(names = "--exercises", paramLabel = "DIR",
      description = "Exercise bank: a directory of <id>/exercise.yaml (default: the bundled bank).")
  private Path directory;

  /** The option as it must be repeated in a next step's command line; empty for the bundled bank. */
  List<String> asArguments() {
    return directory == null ? List.of() : List.of("--exercises", directory.toString());
  }

  ExerciseBank bank() {
    if (directory == null) {
      return ExerciseBank.bundled();
    }
    if (!Files.isDirectory(directory)) {
      throw new ParameterException(spec.commandLine(), "--exercises: no such directory: " + directory);
    }
    return ExerciseBank.at(directory, directory.toString());
  }
}
