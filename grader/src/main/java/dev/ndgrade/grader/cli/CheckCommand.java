package dev.ndgrade.grader.cli;

import dev.ndgrade.grader.engine.Grader;
import dev.ndgrade.grader.engine.Scope;
import dev.ndgrade.grader.exercise.ExerciseBank;
import dev.ndgrade.grader.i18n.Language;
import dev.ndgrade.grader.i18n.Messages;
import dev.ndgrade.grader.result.SubmissionResult;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code ndgrade check ANSWERS}: what a student runs; visible questions only, a summary and an HTML report. */
@Command(name = "check", mixinStandardHelpOptions = true,
    description = {"Check your answers: grades the visible questions, prints a summary and writes an HTML "
        + "report with explanations and memory diagrams.",
        "Hidden questions are graded only when you submit."},
    exitCodeListHeading = "%nExit codes:%n", exitCodeList = {ExitCodes.OK_HELP, ExitCodes.UNUSABLE_INPUT_HELP,
        ExitCodes.USAGE_HELP, ExitCodes.INTERNAL_HELP})
final class CheckCommand implements Callable<Integer> {

  @Spec
  private CommandSpec spec;

  @Mixin
  private BankOption bankOption;

  @Mixin
  private CourseSeedOption courseSeed;

  @Mixin
  private LanguageOption languageOption;

  @Parameters(paramLabel = "ANSWERS", description = "Your answer file (YAML or JSON), e.g. from `ndgrade start`.")
  private Path answers;

  @Option(names = "--report", paramLabel = "FILE",
      description = "Where to write the HTML report (default: next to ANSWERS, as NAME.report.html).")
  private Path report;

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    if (!Files.isRegularFile(answers)) {
      throw new ParameterException(spec.commandLine(), languageOption.chosen().map(Messages::of).orElse(Messages.of(Language.EN)).text("cli.noAnswerFile", answers,
          Invocation.current().command("start", "EXERCISE")));
    }
    ExerciseBank bank = bankOption.bank();
    SubmissionResult result = Grader.of(bank).withCourseSeed(courseSeed.seed()).grade(answers, answers.toString(), Scope.VISIBLE);
    Messages messages = languageOption.messages(bank, result.exercise());
    ResultSummary.print(result, out, true, messages);
    Path file = report != null ? report : defaultReport(answers);
    languageOption.renderer(bank).write(result, file);
    out.println("  " + messages.text("cli.report", file));
    out.flush();
    return result.hasErrors() ? ExitCodes.UNUSABLE_INPUT : ExitCodes.OK;
  }

  private static Path defaultReport(Path answers) {
    String name = answers.getFileName().toString();
    int dot = name.lastIndexOf('.');
    return answers.resolveSibling((dot > 0 ? name.substring(0, dot) : name) + ".report.html");
  }
}
