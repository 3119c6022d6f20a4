package dev.ndgrade.grader.cli;

import dev.ndgrade.grader.engine.BatchGrader;
import dev.ndgrade.grader.engine.Scope;
import dev.ndgrade.grader.exercise.ExerciseBank;
import dev.ndgrade.grader.i18n.Language;
import dev.ndgrade.grader.json.ResultsJson;
import dev.ndgrade.grader.report.ReportRenderer;
import dev.ndgrade.grader.result.Points;
import dev.ndgrade.grader.result.Status;
import dev.ndgrade.grader.result.SubmissionResult;
import dev.ndgrade.grader.summary.ClassSummary;
import dev.ndgrade.grader.summary.ExerciseSummary;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code ndgrade batch --out DIR ANSWERS...|DIR}: grades a whole class and writes what an
 * instructor reads: one report per file, results.json, and the class summary.
 */
@Command(name = "batch", mixinStandardHelpOptions = true,
    description = {"Grade a whole class and write its class summary.",
        "Grades every answer file given and every *.yaml, *.yml and *.json under each",
        "directory given (and every *.java and *.py: each file is one Java or Python",
        "submission), then writes into DIR: reports/ (one HTML report per file),",
        "results.json and summary.html (the class summary), and prints a short",
        "summary. A file that cannot be graded gets zero with a located reason and",
        "never affects the others."},
    exitCodeListHeading = "%nExit codes:%n", exitCodeList = {ExitCodes.OK_HELP, ExitCodes.UNUSABLE_INPUT_HELP,
        ExitCodes.USAGE_HELP, ExitCodes.INTERNAL_HELP})
final class BatchCommand implements Callable<Integer> {

  /** Where the per-student reports go, under {@code --out}. */
  static final String REPORTS = "reports";

  @Spec
  private CommandSpec spec;

  @Mixin
  private BankOption bankOption;

  @Mixin
  private CourseSeedOption courseSeed;

  @Mixin
  private LanguageOption languageOption;

  @Option(names = "--out", paramLabel = "DIR", required = true,
      description = "Output directory, created if missing: reports/, results.json, summary.html.")
  private Path outDir;

  @Parameters(paramLabel = "ANSWERS", arity = "1..*",
      description = "Answer files (YAML or JSON), or directories searched recursively for them.")
  private List<Path> answers;

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    List<Path> files = answerFiles();
    ExerciseBank bank = bankOption.bank();
    List<SubmissionResult> results = BatchGrader.of(bank).withCourseSeed(courseSeed.seed())
        .grade(files, Path::toString, Scope.ALL);
    ReportRenderer renderer = languageOption.renderer(bank);
    Map<SubmissionResult, String> links = writeReports(results, renderer);
    Files.writeString(outDir.resolve("results.json"), ResultsJson.write(results), StandardCharsets.UTF_8);
    ClassSummary summary = ClassSummary.of(results, r -> links.getOrDefault(r, ""));
    renderer.writeSummary(summary, languageOption.chosen().orElse(Language.EN), outDir.resolve("summary.html"));
    print(summary, out);
    out.flush();
    return results.stream().anyMatch(SubmissionResult::hasErrors) ? ExitCodes.UNUSABLE_INPUT : ExitCodes.OK;
  }

  /**
   * The files to grade: each file argument as given, each directory's answer files in path order;
   * each file once, and none from under {@code --out} (a second run must not grade the first's results.json).
   */
  private List<Path> answerFiles() throws IOException {
    if (Files.exists(outDir) && !Files.isDirectory(outDir)) {
      throw new ParameterException(spec.commandLine(), "--out: not a directory: " + outDir);
    }
    Path written = outDir.toAbsolutePath().normalize();
    Set<Path> seen = new HashSet<>();
    List<Path> files = new ArrayList<>();
    for (Path answer : answers) {
      List<Path> found = Files.isDirectory(answer) ? answerFilesUnder(answer) : List.of(answer);
      for (Path file : found) {
        Path absolute = file.toAbsolutePath().normalize();
        if (!absolute.startsWith(written) && seen.add(absolute)) {
          files.add(file);
        }
      }
    }
    return files;
  }

  private List<Path> answerFilesUnder(Path directory) throws IOException {
    try (Stream<Path> found = Files.walk(directory)) {
      List<Path> inside = found.filter(Files::isRegularFile)
          .filter(f -> f.getFileName().toString().matches(".*\\.(ya?ml|json|java|py)"))
          .sorted()
          .toList();
      if (inside.isEmpty()) {
        throw new ParameterException(spec.commandLine(), "no answer files (*.yaml, *.yml, *.json) or Java "
            + "or Python submissions (*.java, *.py) under " + directory);
      }
      return inside;
    }
  }

  /** One report per result under {@code reports/}, a numbered name when two would collide; the summary's links. */
  private Map<SubmissionResult, String> writeReports(List<SubmissionResult> results, ReportRenderer renderer)
      throws IOException {
    Map<SubmissionResult, String> links = new IdentityHashMap<>();
    Set<String> taken = new HashSet<>();
    for (SubmissionResult result : results) {
      String name = ReportRenderer.fileName(result);
      String stem = name.substring(0, name.length() - ".html".length());
      for (int n = 2; !taken.add(name); n++) {
        name = stem + "-" + n + ".html";
      }
      renderer.write(result, outDir.resolve(REPORTS).resolve(name));
      links.put(result, REPORTS + "/" + name);
    }
    return links;
  }

  private void print(ClassSummary summary, PrintWriter out) {
    out.println("Graded " + summary.submissions() + " answer file" + (summary.submissions() == 1 ? "" : "s")
        + ": " + summary.graded() + " graded, " + summary.ungraded().size() + " could not be graded.");
    for (ExerciseSummary exercise : summary.exercises()) {
      String max = "/" + Points.text(exercise.maxScore());
      out.printf("  %-24s %3d graded   mean %-9s median %-9s%s%n", exercise.exercise(), exercise.students().size(),
          Points.text(exercise.meanScore()) + max, Points.text(exercise.medianScore()) + max,
          exercise.hardestQuestion().map(q -> " hardest " + q.questionId() + " ("
              + Math.round(100 * q.counts().share(Status.CORRECT)) + " % correct)").orElse(""));
    }
    if (!summary.ungraded().isEmpty()) {
      out.println("Not graded, each with its reason (the other files are unaffected):");
      summary.ungraded().forEach(u -> out.println("  " + u.reason()));
    }
    out.println("Class summary: " + outDir.resolve("summary.html"));
    out.println("Reports:       " + outDir.resolve(REPORTS) + "/");
    out.println("Results:       " + outDir.resolve("results.json"));
  }
}
