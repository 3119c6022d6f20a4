package dev.ndgrade.grader.cli;

import dev.ndgrade.grader.engine.Grader;
import dev.ndgrade.grader.engine.Scope;
import dev.ndgrade.grader.export.ExportException;
import dev.ndgrade.grader.export.ExportFormat;
import dev.ndgrade.grader.export.ExportSettings;
import dev.ndgrade.grader.export.Exporter;
import dev.ndgrade.grader.result.SubmissionResult;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code ndgrade export --format F ANSWERS...}: grades, then writes the results for an LMS or autograder host. */
@Command(name = "export", mixinStandardHelpOptions = true,
    description = {"Grade answer files (all questions) and write the results in an LMS's format: gradescope "
        + "(results.json, one file), canvas (gradebook CSV), moodle (grade CSV), lti (AGS score "
        + "objects), junit (JUnit XML)."},
    exitCodeListHeading = "%nExit codes:%n", exitCodeList = {ExitCodes.OK_HELP, ExitCodes.UNUSABLE_INPUT_HELP,
        ExitCodes.USAGE_HELP, ExitCodes.INTERNAL_HELP})
final class ExportCommand implements Callable<Integer> {

  @Spec
  private CommandSpec spec;

  @Mixin
  private BankOption bankOption;

  @Option(names = "--format", required = true, paramLabel = "FORMAT",
      description = "gradescope, canvas, moodle, lti or junit.")
  private String format;

  @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write here instead of standard output.")
  private Path output;

  @Option(names = "--assignment", paramLabel = "NAME", defaultValue = "",
      description = "The LMS's assignment column, e.g. \"HW3 Views (12345)\" for Canvas (default: the exercise title).")
  private String assignment;

  @Option(names = "--timestamp", paramLabel = "ISO-8601", description = "When grading happened (default: now).")
  private Instant timestamp;

  @Parameters(paramLabel = "ANSWERS", arity = "1..*", description = "Answer files (YAML or JSON).")
  private List<Path> answers;

  @Override
  public Integer call() throws IOException {
    ExportFormat chosen = formatNamed(format);
    Grader grader = Grader.of(bankOption.bank());
    List<SubmissionResult> results = new ArrayList<>();
    for (Path file : answers) {
      results.add(grader.grade(file, file.toString(), Scope.ALL));
    }
    String text;
    try {
      text = Exporter.of(chosen).export(results, new ExportSettings(assignment,
          timestamp != null ? timestamp : Instant.now()));
    } catch (ExportException e) {
      throw new ParameterException(spec.commandLine(), e.getMessage());
    }
    if (output != null) {
      Files.writeString(output, text, StandardCharsets.UTF_8);
    } else {
      PrintWriter out = spec.commandLine().getOut();
      out.print(text);
      out.flush();
    }
    return results.stream().anyMatch(SubmissionResult::hasErrors) ? ExitCodes.UNUSABLE_INPUT : ExitCodes.OK;
  }

  private ExportFormat formatNamed(String name) {
    for (ExportFormat candidate : ExportFormat.values()) {
      if (candidate.word().equals(name)) {
        return candidate;
      }
    }
    throw new ParameterException(spec.commandLine(), "unknown format '" + name
        + "' (expected gradescope, canvas, moodle, lti, junit)");
  }
}
