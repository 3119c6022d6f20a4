package dev.ndgrade.grader.cli;

import dev.ndgrade.grader.authoring.KeyAnswers;
import dev.ndgrade.grader.authoring.KeyListing;
import dev.ndgrade.grader.data.DataFormatException;
import dev.ndgrade.grader.engine.Grader;
import dev.ndgrade.grader.engine.Scope;
import dev.ndgrade.grader.exercise.Exercise;
import dev.ndgrade.grader.exercise.ExerciseBank;
import dev.ndgrade.grader.exercise.UnknownExerciseException;
import dev.ndgrade.grader.key.AnswerKey;
import dev.ndgrade.grader.key.ExerciseKeyException;
import dev.ndgrade.grader.key.KeyComputer;
import dev.ndgrade.grader.result.SubmissionResult;
import dev.ndgrade.grader.variant.StudentVariant;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code ndgrade key EXERCISE}: every question's key as the reference computes it, for the author. */
@Command(name = "key", mixinStandardHelpOptions = true,
    description = {"Show an exercise's answer key as the reference computes it: each question's code, key, "
        + "explanation, what the report adds from the reference's records, and the misconceptions.",
        "--report writes the report a student with every answer right would get."},
    exitCodeListHeading = "%nExit codes:%n", exitCodeList = {ExitCodes.OK_HELP,
        "1:The exercise file has errors, or a key cannot be computed (file:line:column).", ExitCodes.USAGE_HELP,
        ExitCodes.INTERNAL_HELP})
final class KeyCommand implements Callable<Integer> {

  @Spec
  private CommandSpec spec;

  @Mixin
  private BankOption bankOption;

  @Mixin
  private CourseSeedOption courseSeed;

  @Mixin
  private LanguageOption languageOption;

  @Parameters(paramLabel = "EXERCISE",
      description = "An exercise id of the bank, or an exercise's directory (e.g. exercises/views-slicing).")
  private String exercise;

  @Option(names = "--student", paramLabel = "ID", defaultValue = "your-id",
      description = "Whose values of a parameterised exercise to use (default: ${DEFAULT-VALUE}).")
  private String student;

  @Option(names = "--report", paramLabel = "FILE", description = "Also write the report of all-right answers to FILE.")
  private Path report;

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    Optional<ExerciseDirectory> directory = ExerciseDirectory.of(Path.of(exercise));
    ExerciseBank bank = directory.map(ExerciseDirectory::bank).orElseGet(bankOption::bank);
    String id = directory.map(ExerciseDirectory::id).orElse(exercise);
    try {
      Exercise loaded = StudentVariant.of(bank.load(id), student, courseSeed.seed());
      AnswerKey key = KeyComputer.compute(loaded);
      out.print(KeyListing.of(loaded, key));
      if (report != null) {
        writeReport(bank, key);
        out.println("\nreport preview: " + report);
      }
      out.flush();
      return ExitCodes.OK;
    } catch (UnknownExerciseException e) {
      throw new ParameterException(spec.commandLine(), e.getMessage());
    } catch (DataFormatException | ExerciseKeyException e) {
      err.println("ndgrade: " + e.getMessage());
      err.flush();
      return ExitCodes.UNUSABLE_INPUT;
    }
  }

  private void writeReport(ExerciseBank bank, AnswerKey key) throws IOException {
    Path answers = Files.createTempFile("ndgrade-key-", ".json");
    try {
      KeyAnswers.write(key, student, answers);
      SubmissionResult result = Grader.of(bank).withCourseSeed(courseSeed.seed())
          .grade(answers, student + ".json", Scope.ALL);
      languageOption.renderer(bank).write(result, report);
    } finally {
      Files.deleteIfExists(answers);
    }
  }
}
