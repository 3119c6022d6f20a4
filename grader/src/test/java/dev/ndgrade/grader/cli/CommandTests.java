package dev.ndgrade.grader.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.ndgrade.grader.answer.AnswerEntry;
import dev.ndgrade.grader.answer.Submission;
import dev.ndgrade.grader.answer.SubmissionReader;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import picocli.CommandLine;

class CommandTests {

  private static final Path SAMPLES = Path.of("../exercises/samples");

  @TempDir
  Path dir;

  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  @ParameterizedTest(name = "ndgrade {0} --help")
  @ValueSource(strings = {"eval", "list", "start", "check", "grade", "batch", "export", "demo", "new", "key", "lint",
      "verify-keys", "import"})
  void everyCommandHasHelpWithItsExitCodes(String command) {
    assertEquals(0, run(command, "--help"));
    assertTrue(out.toString().startsWith("Usage: ndgrade " + command), out.toString());
    assertTrue(out.toString().contains("Exit codes:"));
    assertTrue(out.toString().contains("Usage error"));
  }

  @Test
  void theTopCommandListsItsSubcommandsAndWantsOne() {
    assertEquals(0, run("--help"));
    for (String command : new String[] {"eval", "list", "start", "check", "grade", "batch", "export", "demo"}) {
      assertTrue(out.toString().contains("  " + command + " "), command);
    }
    assertEquals(ExitCodes.USAGE, run());
    assertTrue(err.toString().contains("Specify a subcommand"));
    assertEquals(ExitCodes.USAGE, run("grade", "--no-such-option", "x.yaml"));
  }

  @Test
  void listsTheBundledExercises() {
    assertEquals(0, run("list"));
    assertEquals(21 + 6 + 6, out.toString().lines().count(),
        "predict exercises, six Java and six Python implement exercises");
    assertTrue(out.toString().contains("keep-head                 2 tests     (1 hidden)   10 points"), out.toString());
    assertTrue(out.toString().contains("slice-axis                5 tests     (1 hidden)   10 points"), out.toString());
    assertTrue(out.toString().contains("views-slicing             5 questions (1 hidden)   10 points"), out.toString());
  }

  @Test
  void startWritesAnAnswerFileThatReadsBackAllBlank() throws Exception {
    Path file = dir.resolve("a.yaml");
    assertEquals(0, run("start", "views-slicing", "--student", "ada", "-o", file.toString()));
    Submission submission = SubmissionReader.create().read(file, "a.yaml", Set.of("q1", "q2", "q3", "q4", "q5"));
    assertEquals("ada", submission.student());
    assertEquals(Set.of("q1", "q2", "q3", "q4", "q5"), submission.answers().keySet());
    assertTrue(submission.answers().values().stream().allMatch(AnswerEntry.Blank.class::isInstance));
    assertTrue(Files.readString(file).contains("#     s = arr[2:5]"));
    assertEquals(ExitCodes.USAGE, run("start", "views-slicing", "-o", file.toString()));
    assertTrue(err.toString().contains("exists; use --force"), err.toString());
    assertEquals(ExitCodes.USAGE, run("start", "no-such-exercise", "-o", dir.resolve("b.yaml").toString()));
  }

  @Test
  void startWritesAPythonFileThatCheckGradesOnItsVisibleChecks() throws Exception {
    Path file = dir.resolve("keep-head.py");
    assertEquals(0, run("start", "keep-head", "--student", "ada", "-o", file.toString()));
    String started = Files.readString(file);
    assertTrue(started.startsWith("# exercise: keep-head\n# student: ada\n\ndef head(arr, n):"), started);
    assertEquals(0, run("check", file.toString()));
    String summary = out.toString();
    assertTrue(summary.contains("score: 4/4 on the visible questions"), summary);
    assertFalse(summary.contains("frees-the-base"), "hidden checks are not run by check");
    assertTrue(Files.readString(dir.resolve("keep-head.report.html")).contains("keep-head"));
  }

  @Test
  void checkGradesVisibleQuestionsWritesTheReportAndNeverSaysAllPassedWithHiddenOnesLeft() throws Exception {
    Path answers = dir.resolve("ada.yaml");
    Files.copy(SAMPLES.resolve("correct/ada-views-slicing.yaml"), answers);
    assertEquals(0, run("check", answers.toString()));
    String summary = out.toString();
    assertTrue(summary.contains("score: 8/8 on the visible questions"), summary);
    assertTrue(summary.contains("All visible questions are right. 1 hidden question (2 points) is not checked here"),
        summary);
    assertFalse(summary.contains("All questions are right"));
    assertFalse(summary.contains("q5"), "hidden questions are not shown by check");
    assertTrue(Files.readString(dir.resolve("ada.report.html")).contains("views-slicing"));
  }

  @Test
  void checkSpeaksTheLanguageAskedForOrTheExercisesOwn() throws Exception {
    Path answers = dir.resolve("ada.yaml");
    Files.copy(SAMPLES.resolve("correct/ada-views-slicing.yaml"), answers);
    assertEquals(0, run("check", "--lang", "ko", answers.toString()));
    assertTrue(out.toString().contains("점수: 8/8 (공개 문제 기준)"), out.toString());
    assertTrue(out.toString().contains("공개된 문제를 모두 맞혔습니다. 숨겨진 문제 1개(2점)는"), out.toString());
    assertTrue(Files.readString(dir.resolve("ada.report.html")).contains("<html lang=\"ko\""));
    assertEquals(ExitCodes.USAGE, run("check", "--lang", "fr", answers.toString()));

    Path bank = dir.resolve("bank");
    Files.createDirectories(bank.resolve("ko-views"));
    Files.writeString(bank.resolve("ko-views/exercise.yaml"), "id: ko-views\ntitle: 뷰\nlang: ko\n"
        + "questions:\n  - {id: q1, code: 'np.arange(3)[1:].base is None', ask: value}\n");
    Path mine = dir.resolve("mine.yaml");
    Files.writeString(mine, "student: ada\nexercise: ko-views\nanswers:\n  q1: 'True'\n");
    out.getBuffer().setLength(0);
    assertEquals(0, run("check", "--exercises", bank.toString(), mine.toString()));
    assertTrue(out.toString().contains("q1     값         오답"), out.toString());
    assertTrue(Files.readString(dir.resolve("mine.report.html")).contains("<html lang=\"ko\""));
    out.getBuffer().setLength(0);
    assertEquals(0, run("check", "--lang", "en", "--exercises", bank.toString(), mine.toString()));
    assertTrue(out.toString().contains("q1     value     wrong"), out.toString());
    Files.writeString(bank.resolve("ko-views/exercise.yaml"), "id: ko-views\ntitle: T\nlang: fr\n"
        + "questions:\n  - {id: q1, code: '1', ask: value}\n");
    assertEquals(ExitCodes.UNUSABLE_INPUT, run("check", "--exercises", bank.toString(), mine.toString()));
    assertTrue(out.toString().contains("exercise.yaml:3:7: unknown language 'fr' (expected en, ko)"), out.toString());
  }

  @Test
  void checkShowsTheMisconceptionBehindAWrongAnswer() {
    assertEquals(0, run("check", SAMPLES.resolve("partly-wrong/ben-views-slicing.yaml").toString(),
        "--report", dir.resolve("r.html").toString()));
    assertTrue(out.toString().contains("This would be right for a Python list"), out.toString());
  }

  @Test
  void gradePrintsOneJsonElementPerFileAndExitsOneWhenAFileCannotBeGraded() throws Exception {
    int exit = run("grade", "--json", SAMPLES.resolve("correct/ada-views-slicing.yaml").toString(),
        SAMPLES.resolve("malformed/bad-yaml-syntax.yaml").toString());
    assertEquals(ExitCodes.UNUSABLE_INPUT, exit);
    JsonNode json = new ObjectMapper().readTree(out.toString());
    assertEquals(2, json.size());
    assertEquals(10.0, json.get(0).get("score").asDouble());
    assertEquals("error", json.get(1).get("status").asText());
    assertTrue(json.get(1).get("error").asText().contains("bad-yaml-syntax.yaml:"));
  }

  @Test
  void gradeReadsAnotherBankWithExercises() throws Exception {
    assertEquals(0, run("grade", "--exercises", "../exercises", "--json",
        SAMPLES.resolve("notation/cleo-views-slicing.yaml").toString()));
    assertEquals(10.0, new ObjectMapper().readTree(out.toString()).get(0).get("score").asDouble());
    assertEquals(ExitCodes.USAGE, run("grade", "--exercises", dir.resolve("nope").toString(), "x.yaml"));
  }

  @Test
  void evalPrintsWhatInteractivePythonPrints() throws Exception {
    Path snippet = dir.resolve("s.py");
    Files.writeString(snippet, "a = np.arange(6)\nv = a[1:4]\nv.base is a\nprint(v)\nlive_bytes()\n");
    assertEquals(0, run("eval", snippet.toString()));
    assertEquals("True\n[1 2 3]\n48\n", out.toString());
    out.getBuffer().setLength(0);
    assertEquals(0, run("eval", "--json", snippet.toString()));
    JsonNode json = new ObjectMapper().readTree(out.toString());
    assertEquals(snippet.toString(), json.get(0).get("file").asText());
    assertEquals("True\n[1 2 3]\n48\n", json.get(0).get("output").asText());
  }

  @Test
  void evalTakesLimitsAndABombCostsOnlyItsOwnStatement() throws Exception {
    Path bomb = Files.writeString(dir.resolve("bomb.py"), "while True: pass\n'after'\n");
    Path honest = Files.writeString(dir.resolve("honest.py"), "np.arange(3)\n");
    String[] files = {bomb.toString(), dir.resolve("missing.py").toString(), honest.toString()};
    assertEquals(ExitCodes.UNUSABLE_INPUT, run(concat(new String[] {"eval", "--limit", "steps=1000", "--json"}, files)));
    assertEquals("[{\"file\":\"" + bomb + "\",\"output\":\"LimitError: this unit's step count exceeds the limit"
        + " steps=1000 (" + bomb + ", line 1)\\n'after'\\n\"},{\"file\":\"" + honest
        + "\",\"output\":\"array([0, 1, 2])\\n\"}]\n", out.toString());
    assertTrue(err.toString().contains("missing.py: cannot read the file"), err.toString());
    assertEquals(ExitCodes.USAGE, run("eval", "--limit", "memory=10", honest.toString()));
    assertTrue(err.toString().contains("--limit: unknown limit 'memory' (expected steps, seconds,"), err.toString());
  }

  private static String[] concat(String[] first, String[] second) {
    return Stream.concat(Arrays.stream(first), Arrays.stream(second)).toArray(String[]::new);
  }

  @Test
  void exportGradesAndWritesTheChosenFormat() throws Exception {
    Path csv = dir.resolve("canvas.csv");
    assertEquals(0, run("export", "--format", "canvas", "-o", csv.toString(),
        SAMPLES.resolve("correct/ada-views-slicing.yaml").toString()));
    assertTrue(Files.readString(csv).startsWith("Student,ID,SIS User ID,SIS Login ID,Section,"));
    assertEquals(ExitCodes.USAGE, run("export", "--format", "blackboard", "x.yaml"));
    assertTrue(err.toString().contains("unknown format 'blackboard'"), err.toString());
    assertEquals(ExitCodes.USAGE, run("export", "--format", "gradescope",
        SAMPLES.resolve("correct/ada-views-slicing.yaml").toString(),
        SAMPLES.resolve("partly-wrong/ben-views-slicing.yaml").toString()));
  }

  @Test
  void demoGradesTheSamplesAndWritesTheirReports() throws Exception {
    Path reports = dir.resolve("demo");
    assertEquals(0, run("demo", "--out", reports.toString()));
    assertTrue(Files.isRegularFile(reports.resolve("correct_ada-views-slicing.yaml.html")));
    assertTrue(Files.isRegularFile(reports.resolve("results.json")));
    assertTrue(Files.readString(reports.resolve("summary.html"))
        .contains("href=\"correct_ada-views-slicing.yaml.html\""), "the class summary links the samples' reports");
    assertTrue(out.toString().contains("samples/hostile/anchor-bomb.yaml"), out.toString());
  }

  @Test
  void checkOfAMissingFileIsAShortUsageErrorAndWritesNoReport() {
    Path missing = dir.resolve("missing.yaml");
    assertEquals(ExitCodes.USAGE, run("check", missing.toString()));
    assertTrue(err.toString().startsWith("ndgrade: no such file: " + missing + "; get an answer file with: ndgrade start"),
        err.toString());
    assertFalse(Files.exists(dir.resolve("missing.report.html")));
  }

  @Test
  void usageErrorsAreShortAndPointAtHelp() {
    assertEquals(ExitCodes.USAGE, run("grade", "--no-such-option", "x.yaml"));
    assertEquals(List.of("ndgrade: Unknown option: '--no-such-option'", "usage: ndgrade grade --help"),
        err.toString().lines().toList());
  }

  @Test
  void theListOfCommandsGivesEachFirstSentenceWhole() {
    assertEquals(0, run("--help"));
    String help = out.toString();
    String commands = help.substring(help.indexOf("Commands:"), help.indexOf("\n\n", help.indexOf("Commands:")));
    for (String entry : commands.split("\\n  (?=\\S)")) {
      if (!entry.startsWith("Commands:")) {
        assertTrue(entry.strip().endsWith("."), entry);
      }
    }
  }

  @Test
  void startPrintsANextStepThatKeepsTheBankItWasGiven() {
    Path file = dir.resolve("mine.yaml");
    assertEquals(0, run("start", "views-slicing", "--exercises", "../exercises", "-o", file.toString()));
    assertTrue(out.toString().contains("\n  ndgrade check --exercises ../exercises " + file + "\n"), out.toString());
  }

  private int run(String... args) {
    CommandLine commandLine = NdgradeCommand.commandLine(args);
    commandLine.setOut(new PrintWriter(out, true));
    commandLine.setErr(new PrintWriter(err, true));
    return commandLine.execute(args);
  }
}
