package dev.ndgrade.grader.cli;

import dev.ndgrade.grader.engine.BatchGrader;
import dev.ndgrade.grader.engine.Scope;
import dev.ndgrade.grader.exercise.ExerciseBank;
import dev.ndgrade.grader.json.ResultsJson;
import dev.ndgrade.grader.report.ReportRenderer;
import dev.ndgrade.grader.result.SubmissionResult;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code ndgrade grade ANSWERS...}: grades every question of every file; each file fails alone. */
@Command(name = "grade", mixinStandardHelpOptions = true,
    description = {"Grade answer files on all questions, hidden ones included.",
        "A file that cannot be graded gets zero with a located reason and never affects the "
        + "others."},
    exitCodeListHeading = "%nExit codes:%n", exitCodeList = {ExitCodes.OK_HELP, ExitCodes.UNUSABLE_INPUT_HELP,
        ExitCodes.USAGE_HELP, ExitCodes.INTERNAL_HELP})
final class GradeCommand implements Callable<Integer> {

  @Spec
  private CommandSpec spec;

  @Mixin
  private BankOption bankOption;

  @Mixin
  private CourseSeedOption courseSeed;

  @Mixin
  private LanguageOption languageOption;

  @Option(names = "--json", description = "Print one JSON array, one element per file: student, exercise, score, "
      + "max_score, questions [{id, points, max_points, status, ...}]. Same input, same bytes.")
  private boolean json;

  @Option(names = "--reports", paramLabel = "DIR", description = "Also write one HTML report per file into DIR.")
  private Path reports;

  @Parameters(paramLabel = "ANSWERS", arity = "1..*", description = "Answer files (YAML or JSON).")
  private List<Path> answers;

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    ExerciseBank bank = bankOption.bank();
    List<SubmissionResult> results = BatchGrader.of(bank).withCourseSeed(courseSeed.seed())
        .grade(answers, Path::toString, Scope.ALL);
    if (json) {
      out.print(ResultsJson.write(results));
    } else {
      results.forEach(result -> ResultSummary.print(result, out, false,
          languageOption.messages(bank, result.exercise())));
    }
    if (reports != null) {
      ReportRenderer renderer = languageOption.renderer(bank);
      for (SubmissionResult result : results) {
        renderer.write(result, reports.resolve(ReportRenderer.fileName(result)));
      }
    }
    out.flush();
    return results.stream().anyMatch(SubmissionResult::hasErrors) ? ExitCodes.UNUSABLE_INPUT : ExitCodes.OK;
  }
}
