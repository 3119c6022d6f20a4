package dev.ndgrade.grader.cli;

import dev.ndgrade.grader.authoring.ExerciseSkeleton;
import dev.ndgrade.grader.exercise.ExerciseBank;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code ndgrade new ID}: a commented, working exercise skeleton for an author to rewrite. */
@Command(name = "new", mixinStandardHelpOptions = true,
    description = {"Write DIR/ID/exercise.yaml: a commented exercise that shows every field and passes lint, "
        + "for you to rewrite."},
    exitCodeListHeading = "%nExit codes:%n", exitCodeList = {ExitCodes.OK_HELP, ExitCodes.USAGE_HELP,
        ExitCodes.INTERNAL_HELP})
final class NewCommand implements Callable<Integer> {

  @Spec
  private CommandSpec spec;

  @Parameters(paramLabel = "ID", description = "The new exercise's id: lower-case letters, digits and dashes.")
  private String id;

  @Option(names = "--exercises", paramLabel = "DIR", defaultValue = "exercises",
      description = "The bank to add it to (default: ${DEFAULT-VALUE}).")
  private Path bank;

  @Override
  public Integer call() throws IOException {
    if (!ExerciseBank.isExerciseId(id)) {
      throw new ParameterException(spec.commandLine(), "'" + id
          + "' is not an exercise id: use lower-case letters, digits and dashes");
    }
    if (!Files.isDirectory(bank)) {
      throw new ParameterException(spec.commandLine(), "--exercises: no such directory: " + bank);
    }
    Path file = bank.resolve(id).resolve(ExerciseBank.EXERCISE_FILE);
    if (Files.exists(file)) {
      throw new ParameterException(spec.commandLine(), file + " exists");
    }
    Files.createDirectories(file.getParent());
    Files.writeString(file, ExerciseSkeleton.of(id), StandardCharsets.UTF_8);
    PrintWriter out = spec.commandLine().getOut();
    out.println("Wrote " + file + ". Rewrite it, then run:");
    out.println("  grader/bin/ndgrade lint " + file.getParent());
    out.flush();
    return ExitCodes.OK;
  }
}
