package dev.ndgrade.grader.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ndgrade.grader.exercise.ExerciseBank;
import dev.ndgrade.grader.result.Status;
import dev.ndgrade.grader.result.SubmissionResult;
import dev.ndgrade.grader.result.Verdict;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.Test;

/** Java implement submissions graded end to end: compiled, scanned, tested in a worker JVM, judged. */
class ImplementGradingTests {

  private static final Path SAMPLES = Path.of("../exercises/samples/java");
  private static final Path EXERCISES = Path.of("../exercises");
  private static final Grader GRADER = Grader.of(ExerciseBank.at(EXERCISES, "exercises"));

  @TestFactory
  Stream<DynamicTest> everySolutionEarnsEveryPointAndEveryStarterNone() {
    return Stream.of("broadcast-to", "detach-copy", "memory-overlap", "permute-axes", "reshape-view", "slice-axis")
        .map(id -> DynamicTest.dynamicTest(id, () -> {
          SubmissionResult solution = GRADER.grade(EXERCISES.resolve(id).resolve("solution"), id, Scope.ALL);
          assertEquals(solution.maxScore(), solution.score(), () -> solution.questions().stream()
              .filter(v -> v.status() != Status.CORRECT).map(v -> v.questionId() + ": " + v.answer() + v.reason())
              .toList().toString());
          SubmissionResult starter = GRADER.grade(EXERCISES.resolve(id).resolve("starter"), id, Scope.ALL);
          assertEquals(0, starter.score(), () -> starter.questions().toString());
          assertTrue(starter.questions().stream().allMatch(v -> v.status() == Status.WRONG));
        }));
  }

  @Test
  void theCorrectSampleEarnsEveryPoint() {
    SubmissionResult result = grade("correct/ada-slice-axis.java");
    assertEquals("ada", result.student());
    assertEquals("", result.error());
    assertEquals(result.maxScore(), result.score(), () -> result.questions().toString());
    assertTrue(result.questions().stream().allMatch(v -> v.status() == Status.CORRECT));
  }

  @Test
  void aWrongViewFailsWithItsShrunkCaseAndADiagram() {
    SubmissionResult result = grade("partly-wrong/ben-slice-axis.java");
    Verdict negative = verdict(result, "negativeSteps");
    assertEquals(Status.WRONG, negative.status());
    assertTrue(negative.note().startsWith("Smallest failing case: a: offset="), negative.note());
    assertTrue(negative.answer().contains("expected offset="), negative.answer());
    assertEquals(3, negative.memory().arrays().size(), "a, expected and yours are drawn");
    assertEquals(Status.CORRECT, verdict(result, "refusesBadArguments").status());
    assertFalse(result.score() == result.maxScore());
  }

  @Test
  void aSliceThatCopiesFailsAsAViewEvenWithTheRightValues() {
    SubmissionResult result = grade("partly-wrong/cleo-slice-axis.java");
    Verdict view = verdict(result, "isAView");
    assertEquals(Status.WRONG, view.status());
    assertTrue(view.answer().startsWith("fails: allocated 1 buffer: a view must not copy"), view.answer());
    assertEquals(Status.WRONG, verdict(result, "writesReachTheBase").status(), "writes to a copy miss the base");
    assertEquals(Status.CORRECT, verdict(result, "refusesBadArguments").status());
  }

  private static SubmissionResult grade(String sample) {
    return GRADER.grade(SAMPLES.resolve(sample), "samples/java/" + sample, Scope.ALL);
  }

  private static Verdict verdict(SubmissionResult result, String test) {
    return result.questions().stream().filter(v -> v.questionId().equals(test)).findFirst().orElseThrow();
  }
}
