package dev.ndgrade.grader.cli;

import dev.ndgrade.grader.engine.BatchGrader;
import dev.ndgrade.grader.engine.Scope;
import dev.ndgrade.grader.exercise.ExerciseBank;
import dev.ndgrade.grader.i18n.Language;
import dev.ndgrade.grader.json.ResultsJson;
import dev.ndgrade.grader.report.ReportRenderer;
import dev.ndgrade.grader.result.Points;
import dev.ndgrade.grader.result.SubmissionResult;
import dev.ndgrade.grader.summary.ClassSummary;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code ndgrade demo}: grades the bank's sample answer files and writes their reports. */
@Command(name = "demo", mixinStandardHelpOptions = true,
    description = {"Grade the sample answer files shipped with the bank (right, partly wrong, other "
        + "notations, malformed, hostile; Java and Python submissions too) and write their reports.",
        "Writes one HTML report each, results.json and the class summary summary.html."},
    exitCodeListHeading = "%nExit codes:%n", exitCodeList = {ExitCodes.OK_HELP, ExitCodes.UNUSABLE_INPUT_HELP,
        ExitCodes.USAGE_HELP, ExitCodes.INTERNAL_HELP})
final class DemoCommand implements Callable<Integer> {

  @Spec
  private CommandSpec spec;

  @Mixin
  private BankOption bankOption;

  @Mixin
  private LanguageOption languageOption;

  @Option(names = "--out", paramLabel = "DIR", defaultValue = "ndgrade-demo",
      description = "Where to write the reports (default: ${DEFAULT-VALUE}).")
  private Path outDir;

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    ExerciseBank bank = bankOption.bank();
    List<Path> samples = samples(bank.samples());
    ReportRenderer renderer = languageOption.renderer(bank);
    Map<SubmissionResult, String> links = new IdentityHashMap<>();
    Files.createDirectories(outDir);
    out.printf("%-50s %-22s %7s  %s%n", "sample", "exercise", "score", "report");
    List<SubmissionResult> results = BatchGrader.of(bank).grade(samples, sample -> shown(bank, sample), Scope.ALL);
    for (SubmissionResult result : results) {
      String shown = result.file();
      String reportName = shown.substring("samples/".length()).replaceAll("[^A-Za-z0-9._-]", "_") + ".html";
      renderer.write(result, outDir.resolve(reportName));
      links.put(result, reportName);
      out.printf("%-50s %-22s %7s  %s%n", shown, result.exercise().isEmpty() ? "(not graded)" : result.exercise(),
          Points.text(result.score()) + "/" + Points.text(result.maxScore()), outDir.resolve(reportName));
    }
    Files.writeString(outDir.resolve("results.json"), ResultsJson.write(results), StandardCharsets.UTF_8);
    renderer.writeSummary(ClassSummary.of(results, r -> links.getOrDefault(r, "")),
        languageOption.chosen().orElse(Language.EN), outDir.resolve("summary.html"));
    out.println();
    out.println("Not graded, each with its reason (the other files are unaffected):");
    results.stream().filter(r -> !r.error().isEmpty()).forEach(r -> out.println("  " + r.error()));
    out.println();
    out.println(samples.size() + " sample answer files graded; reports, results.json and the class summary "
        + "summary.html in " + outDir + "/");
    out.flush();
    return ExitCodes.OK;
  }

  private static String shown(ExerciseBank bank, Path sample) {
    return "samples/" + bank.samples().relativize(sample).toString().replace('\\', '/');
  }

  private static List<Path> samples(Path root) throws IOException {
    if (!Files.isDirectory(root)) {
      return List.of();
    }
    try (Stream<Path> files = Files.walk(root)) {
      return files.filter(Files::isRegularFile)
          .filter(f -> f.getFileName().toString().matches(".*\\.(ya?ml|json|java|py)"))
          .sorted()
          .toList();
    }
  }
}
