package dev.ndgrade.grader.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ndgrade.grader.exercise.ExerciseBank;
import dev.ndgrade.grader.json.ResultsJson;
import dev.ndgrade.grader.result.Status;
import dev.ndgrade.grader.result.SubmissionResult;
import dev.ndgrade.grader.result.Verdict;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The hostile Java samples, graded for real in one batch with two honest ones: each is contained with a clear
 * verdict, every test of every submission gets a row, and the honest results do not change.
 */
class HostileImplementTests {

  private static final Path SAMPLES = Path.of("../exercises/samples/java");
  private static final Grader GRADER = Grader.of(ExerciseBank.at(Path.of("../exercises"), "exercises"));
  private static final List<String> HONEST = List.of("correct/ada-slice-axis.java", "partly-wrong/ben-slice-axis.java");
  private static final Map<String, SubmissionResult> BATCH = new LinkedHashMap<>();

  @BeforeAll
  static void gradeTheBatch() throws IOException {
    List<String> samples = new ArrayList<>();
    try (Stream<Path> hostile = Files.list(SAMPLES.resolve("hostile"))) {
      hostile.sorted().forEach(file -> samples.add("hostile/" + file.getFileName()));
    }
    samples.add(samples.size() / 2, HONEST.get(0));
    samples.add(HONEST.get(1));
    for (String sample : samples) {
      BATCH.put(sample, grade(sample));
    }
  }

  @Test
  void honestResultsAreByteIdenticalWithOrWithoutHostileNeighbours() {
    List<SubmissionResult> alone = HONEST.stream().map(HostileImplementTests::grade).toList();
    List<SubmissionResult> inBatch = HONEST.stream().map(BATCH::get).toList();
    assertEquals(ResultsJson.write(alone), ResultsJson.write(inBatch));
    assertEquals(10, alone.get(0).score());
  }

  @Test
  void everyTestOfEverySubmissionHasARow() {
    BATCH.forEach((sample, result) -> {
      assertEquals(5, result.questions().size(), sample);
      assertEquals("", result.error(), sample);
    });
  }

  @Test
  void forbiddenApisAreRefusedWithTheirReason() {
    refused("exit", "exit.java:", "java.lang.System.exit: System.exit would stop the grader");
    refused("halt", "halt.java:", "java.lang.Runtime.halt: Runtime.halt would stop the grader");
    refused("spinning-threads", "java.lang.Thread", "threads are not allowed");
    refused("read-solution", "java.nio.file.Files.readString", "files and streams are not allowed");
    refused("write-file", "java.io.FileWriter", "files and streams are not allowed");
    refused("socket", "java.net.Socket", "network access is not allowed");
    refused("process-spawn", "java.lang.ProcessBuilder", "starting or controlling processes is not allowed");
    refused("reflection", "java.lang.Class.forName", "reflection and method handles are not allowed");
    refused("class-collision", "views.SlicingTests", "this name belongs to one of the exercise's tests");
  }

  @Test
  void aCompileErrorNamesFileLineAndMessage() {
    Verdict first = hostile("does-not-compile").questions().get(0);
    assertEquals(Status.ERROR, first.status());
    assertTrue(first.reason().matches("the submission does not compile: does-not-compile\\.java:\\d+: ';' expected.*"),
        first.reason());
  }

  @Test
  void runawayCodeCostsOnlyTheTestsItRanIn() {
    Verdict loop = verdict(hostile("infinite-loop"), "refusesBadArguments");
    assertEquals(Status.WRONG, loop.status());
    assertTrue(loop.answer().startsWith("did not finish in time"), loop.answer());
    assertEquals(9, hostile("infinite-loop").score());
    assertTrue(hostile("memory-bomb").questions().stream().anyMatch(v -> v.status() == Status.ERROR
        && v.reason().contains("ran out of memory")), () -> hostile("memory-bomb").questions().toString());
    assertTrue(hostile("deep-recursion").questions().stream().anyMatch(v -> v.status() == Status.WRONG
        && v.answer().contains("StackOverflowError")), () -> hostile("deep-recursion").questions().toString());
  }

  @Test
  void neitherPrintsNorAThrowingInitializerForgeAGrade() {
    assertEquals(0, hostile("forged-results").score());
    assertEquals(0, hostile("static-init-throws").score());
    assertTrue(hostile("static-init-throws").questions().stream().allMatch(v -> v.status() == Status.WRONG));
    assertEquals(10, hostile("big-output").score(), "10 MB of output is dropped, the grade stands");
    String note = hostile("big-output").notes().get(0);
    assertTrue(note.startsWith("Your code printed (") && note.length() < 1200, note);
    assertTrue(hostile("forged-results").notes().get(0).contains("R positiveSteps PASSED"), "shown, never believed");
  }

  private static void refused(String sample, String what, String reason) {
    for (Verdict verdict : hostile(sample).questions()) {
      assertEquals(Status.ERROR, verdict.status(), sample);
      assertTrue(verdict.reason().startsWith("the submission was refused: "), verdict.reason());
      assertTrue(verdict.reason().contains(what) && verdict.reason().contains(reason), verdict.reason());
    }
  }

  private static SubmissionResult hostile(String name) {
    return BATCH.get("hostile/" + name + ".java");
  }

  private static Verdict verdict(SubmissionResult result, String test) {
    return result.questions().stream().filter(v -> v.questionId().equals(test)).findFirst().orElseThrow();
  }

  private static SubmissionResult grade(String sample) {
    return GRADER.grade(SAMPLES.resolve(sample), "samples/java/" + sample, Scope.ALL);
  }
}
