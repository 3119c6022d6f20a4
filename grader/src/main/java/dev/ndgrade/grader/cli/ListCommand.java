package dev.ndgrade.grader.cli;

import dev.ndgrade.grader.data.DataFormatException;
import dev.ndgrade.grader.exercise.Exercise;
import dev.ndgrade.grader.exercise.ExerciseBank;
import dev.ndgrade.grader.exercise.UnknownExerciseException;
import dev.ndgrade.grader.exercise.Visibility;
import dev.ndgrade.grader.result.Points;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code ndgrade list}: the exercises of the bank, and any that cannot be read. */
@Command(name = "list", mixinStandardHelpOptions = true, description = "List the exercises of the bank.",
    exitCodeListHeading = "%nExit codes:%n", exitCodeList = {ExitCodes.OK_HELP, ExitCodes.UNUSABLE_INPUT_HELP,
        ExitCodes.USAGE_HELP, ExitCodes.INTERNAL_HELP})
final class ListCommand implements Callable<Integer> {

  @Spec
  private CommandSpec spec;

  @Mixin
  private BankOption bankOption;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    ExerciseBank bank = bankOption.bank();
    int exit = ExitCodes.OK;
    for (String id : bank.ids()) {
      try {
        Exercise exercise = bank.load(id);
        long hidden = exercise.questions().stream().filter(q -> q.visibility() == Visibility.HIDDEN).count();
        out.printf("%-24s %2d %-9s%s  %3s points  %s%n", id, exercise.questions().size(),
            exercise.implement().isPresent() ? "tests" : "questions",
            hidden == 0 ? "          " : String.format(" (%d hidden)", hidden), Points.text(exercise.points()),
            exercise.title());
      } catch (DataFormatException | UnknownExerciseException e) {
        err.println(id + ": cannot be used: " + e.getMessage());
        exit = ExitCodes.UNUSABLE_INPUT;
      }
    }
    out.flush();
    err.flush();
    return exit;
  }
}
