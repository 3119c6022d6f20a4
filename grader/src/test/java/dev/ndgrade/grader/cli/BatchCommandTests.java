package dev.ndgrade.grader.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code ndgrade batch} on a copy of the bundled samples: 14 gradable files, 8 that cannot be graded. */
class BatchCommandTests {

  private static final Path SAMPLES = Path.of("../exercises/samples");
  private static final int FILES = 22;

  @TempDir
  static Path dir;
  private static Path submissions;
  private static Path firstOut;
  private static int firstExit;
  private static String firstPrinted;

  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  @BeforeAll
  static void gradeTheSamplesOnce() throws IOException {
    submissions = dir.resolve("class");
    // the Java and Python samples are batched by gradesJavaSubmissions and gradesPythonSubmissions: their hostile
    // ones take seconds each time
    try (Stream<Path> files = Files.walk(SAMPLES)) {
      for (Path file : files.filter(Files::isRegularFile)
          .filter(f -> !f.toString().endsWith(".java") && !f.toString().endsWith(".py")).toList()) {
        Path copy = submissions.resolve(SAMPLES.relativize(file).toString());
        Files.createDirectories(copy.getParent());
        Files.copy(file, copy);
      }
    }
    Files.writeString(submissions.resolve("notes.txt"), "not an answer file: skipped");
    firstOut = dir.resolve("out1");
    BatchCommandTests first = new BatchCommandTests();
    firstExit = first.run("batch", "--out", firstOut.toString(), submissions.toString());
    firstPrinted = first.out.toString();
  }

  @Test
  void gradesEveryAnswerFileUnderTheDirectoryAndExitsOneBecauseSomeCannotBeGraded() throws IOException {
    assertEquals(ExitCodes.UNUSABLE_INPUT, firstExit);
    JsonNode results = new ObjectMapper().readTree(firstOut.resolve("results.json").toFile());
    assertEquals(FILES, results.size());
    long ungraded = 0;
    for (JsonNode result : results) {
      ungraded += result.get("status").asText().equals("error") ? 1 : 0;
    }
    assertEquals(8, ungraded);
    try (Stream<Path> reports = Files.list(firstOut.resolve(BatchCommand.REPORTS))) {
      assertEquals(FILES, reports.count(), "one report per file, two mallory-views-slicing ones kept apart");
    }
    assertTrue(Files.isRegularFile(firstOut.resolve("reports/mallory-views-slicing-2.html")));
  }

  @Test
  void printsAShortSummaryWithEachUngradableFilesLocatedReason() {
    assertTrue(firstPrinted.startsWith("Graded 22 answer files: 14 graded, 8 could not be graded.\n"), firstPrinted);
    assertTrue(firstPrinted.contains("  views-slicing              7 graded   mean 5.57/10 "), firstPrinted);
    assertTrue(firstPrinted.contains(submissions.resolve("malformed/bad-yaml-syntax.yaml") + ":6:8: the file cannot be read here"),
        firstPrinted);
    assertTrue(firstPrinted.contains("Class summary: " + firstOut.resolve("summary.html")), firstPrinted);
  }

  @Test
  void theSummaryLinksEveryReportAndListsTheFilesThatCouldNotBeGraded() throws IOException {
    String html = Files.readString(firstOut.resolve("summary.html"));
    assertEquals(3, count(html, "<section class=\"exercise\""));
    assertEquals(3, count(html, "<svg"));
    assertEquals(FILES, count(html, "href=\"reports/"));
    assertTrue(html.contains("22 answer files · 14 graded · 8 could not be graded · 3 exercises"));
    assertTrue(html.contains("unknown key &#39;answer&#39; in an answer file"), "a located reason, escaped");
    assertTrue(html.contains("This would be right for a Python list"), "ben's misconception");
    assertTrue(html.contains("&lt;/code&gt;&lt;/pre&gt;&lt;img src=x onerror=alert(1)&gt;"),
        "mallory's markup is text");
    assertEquals(0, count(html, "<img"));
    assertEquals(0, count(html, "<script"));
  }

  @Test
  void theSameClassGradedTwiceWritesTheSameBytes() throws IOException {
    Path secondOut = dir.resolve("out2");
    assertEquals(ExitCodes.UNUSABLE_INPUT, run("batch", "--out", secondOut.toString(), submissions.toString()));
    List<Path> written;
    try (Stream<Path> files = Files.walk(firstOut)) {
      written = files.filter(Files::isRegularFile).map(firstOut::relativize).sorted().toList();
    }
    assertEquals(FILES + 2, written.size());
    for (Path file : written) {
      assertArrayEquals(Files.readAllBytes(firstOut.resolve(file)), Files.readAllBytes(secondOut.resolve(file)),
          file.toString());
    }
  }

  @Test
  void acceptsSingleFilesAndExitsZeroWhenEveryFileIsGraded() throws IOException {
    Path out = dir.resolve("single");
    assertEquals(ExitCodes.OK, run("batch", "--out", out.toString(),
        submissions.resolve("correct/ada-views-slicing.yaml").toString(),
        submissions.resolve("partly-wrong/ben-views-slicing.yaml").toString()));
    String html = Files.readString(out.resolve("summary.html"));
    assertTrue(html.contains("2 answer files · 2 graded · 0 could not be graded · 1 exercise"), html);
    assertTrue(html.contains("href=\"reports/ada-views-slicing.html\""));
  }

  @Test
  void writesTheSummaryAndReportsInKoreanWithLangKo() throws IOException {
    Path out = dir.resolve("ko");
    assertEquals(ExitCodes.OK, run("batch", "--lang", "ko", "--out", out.toString(),
        submissions.resolve("correct/ada-views-slicing.yaml").toString(),
        submissions.resolve("partly-wrong/ben-views-slicing.yaml").toString()));
    String html = Files.readString(out.resolve("summary.html"));
    assertTrue(html.contains("<html lang=\"ko\""), "the summary declares Korean");
    assertTrue(html.contains("답안 파일 2개 · 2개 채점 · 0개 채점 불가 · 연습 문제 1개"), html);
    assertTrue(html.contains("가장 흔한 오답") && html.contains("학생 1명"), html);
    assertTrue(Files.readString(out.resolve("reports/ben-views-slicing.html")).contains("내 답"));
  }

  @Test
  void gradesJavaSubmissionsWithTheirTestsAsQuestions() throws IOException {
    Path out = dir.resolve("java");
    assertEquals(ExitCodes.OK, run("batch", "--out", out.toString(), SAMPLES.resolve("java/correct").toString(),
        SAMPLES.resolve("java/partly-wrong").toString()));
    JsonNode results = new ObjectMapper().readTree(out.resolve("results.json").toFile());
    assertEquals(3, results.size(), "ada; ben and cleo, partly wrong");
    assertEquals("slice-axis", results.get(0).get("exercise").asText());
    assertEquals("positiveSteps", results.get(0).get("questions").get(0).get("id").asText());
    assertEquals("correct", results.get(0).get("questions").get(0).get("status").asText());
    assertEquals("wrong", results.get(1).get("questions").get(0).get("status").asText());
    String report = Files.readString(out.resolve("reports/ben-slice-axis.html"));
    assertTrue(report.contains("Smallest failing case: a: offset=0 shape=(1,) strides=(8,)"), "the shrunk case");
    assertTrue(report.contains("<svg"), "its memory diagram");
    assertTrue(report.contains("test of your code"), report);
  }

  @Test
  void gradesPythonSubmissionsWithTheirChecksAsQuestions() throws IOException {
    Path out = dir.resolve("python");
    assertEquals(ExitCodes.OK, run("batch", "--out", out.toString(), SAMPLES.resolve("python/correct").toString(),
        SAMPLES.resolve("python/wrong").toString()));
    JsonNode results = new ObjectMapper().readTree(out.resolve("results.json").toFile());
    assertEquals(14, results.size());
    assertEquals("column-view", results.get(0).get("exercise").asText());
    assertEquals("values", results.get(0).get("questions").get(0).get("id").asText());
    String report = Files.readString(out.resolve("reports/ben-keep-head.html"));
    assertTrue(report.contains("AssertionError: 8000000 bytes still alive"), "the assertion message");
    assertTrue(report.contains("Raised at line 4 of the check"), "the failing line");
    assertTrue(report.contains("<svg"), "the memory diagram at the failure");
    assertTrue(report.contains("test of your code"), report);
    String summary = Files.readString(out.resolve("summary.html"));
    assertTrue(summary.contains("AssertionError: 8000000 bytes still alive"), "the most common failure of a check");
  }

  @Test
  void gradesEachFileOnceAndNeverWhatAnEarlierRunWroteUnderTheScannedDirectory() throws IOException {
    Path inside = submissions.resolve("graded");
    Path ada = submissions.resolve("correct/ada-views-slicing.yaml");
    for (int run = 0; run < 2; run++) {
      run("batch", "--out", inside.toString(), submissions.toString(), ada.toString());
      JsonNode results = new ObjectMapper().readTree(inside.resolve("results.json").toFile());
      assertEquals(FILES, results.size(), "run " + run);
    }
  }

  @Test
  void usageErrorsExitTwo() throws IOException {
    assertEquals(ExitCodes.USAGE, run("batch", submissions.toString()));
    assertTrue(err.toString().contains("Missing required option: '--out=DIR'"), err.toString());
    Path empty = Files.createDirectories(dir.resolve("empty"));
    assertEquals(ExitCodes.USAGE, run("batch", "--out", dir.resolve("x").toString(), empty.toString()));
    assertTrue(err.toString().contains("no answer files (*.yaml, *.yml, *.json) or Java or Python submissions "
        + "(*.java, *.py) under " + empty), err.toString());
    Path file = Files.writeString(dir.resolve("a-file"), "");
    assertEquals(ExitCodes.USAGE, run("batch", "--out", file.toString(), submissions.toString()));
    assertTrue(err.toString().contains("--out: not a directory: " + file), err.toString());
  }

  @Test
  void helpNamesWhatIsWrittenAndTheExitCodes() {
    assertEquals(0, run("batch", "--help"));
    assertTrue(out.toString().startsWith("Usage: ndgrade batch"), out.toString());
    assertTrue(out.toString().contains("summary.html"));
    assertTrue(out.toString().contains("Exit codes:"));
  }

  private static int count(String text, String part) {
    return text.split(Pattern.quote(part), -1).length - 1;
  }

  private int run(String... args) {
    CommandLine commandLine = NdgradeCommand.commandLine(args);
    commandLine.setOut(new PrintWriter(out, true));
    commandLine.setErr(new PrintWriter(err, true));
    return commandLine.execute(args);
  }
}
