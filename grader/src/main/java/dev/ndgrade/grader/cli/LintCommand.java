package dev.ndgrade.grader.cli;

import dev.ndgrade.grader.authoring.ExerciseLinter;
import dev.ndgrade.grader.authoring.Finding;
import dev.ndgrade.grader.exercise.ExerciseBank;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code ndgrade lint [DIR]}: what an author must fix before students see the exercises. */
@Command(name = "lint", mixinStandardHelpOptions = true,
    description = {"Check exercises before students see them: every file reads, every key computes in the "
        + "reference (no UnsupportedError or LimitError, no error an output question did not mean), "
        + "every misconception reads as an answer, is wrong and looks like a student's answer, and "
        + "every exercise mixes visible and hidden questions, each with an explanation.",
        "Problems are printed as file:line:column: what to fix."},
    exitCodeListHeading = "%nExit codes:%n", exitCodeList = {"0:Every exercise is ready.",
        "1:Some exercise has problems (each printed as file:line:column).", ExitCodes.USAGE_HELP,
        ExitCodes.INTERNAL_HELP})
final class LintCommand implements Callable<Integer> {

  @Spec
  private CommandSpec spec;

  @Mixin
  private AuthoredExercises exercises;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    ExerciseLinter linter = new ExerciseLinter();
    ExerciseBank bank = exercises.bank();
    List<String> ids = exercises.ids();
    int problems = 0;
    for (String id : ids) {
      List<Finding> findings = linter.lint(bank, id);
      findings.forEach(out::println);
      problems += findings.size();
    }
    out.println(ids.size() + (ids.size() == 1 ? " exercise" : " exercises") + ", "
        + (problems == 0 ? "no problems" : problems + (problems == 1 ? " problem" : " problems")));
    out.flush();
    return problems == 0 ? ExitCodes.OK : ExitCodes.UNUSABLE_INPUT;
  }
}
