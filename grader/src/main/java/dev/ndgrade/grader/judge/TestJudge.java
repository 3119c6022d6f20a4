package dev.ndgrade.grader.judge;

import dev.ndgrade.grader.exercise.Question;
import dev.ndgrade.grader.memory.CaseSnapshots;
import dev.ndgrade.grader.result.Status;
import dev.ndgrade.grader.result.Verdict;
import dev.ndgrade.grader.worker.TestReport;
import java.util.List;
import java.util.Optional;

/**
 * Judges a test of an implement exercise from what its worker reported: a pass earns the test's points; a
 * failure or an overrun is wrong, with the reason and the shrunk case; a test with no report (the submission
 * was refused, or its worker stopped) could not be graded.
 */
public final class TestJudge {

  /** What a passing test shows as the expected outcome. */
  public static final String PASSES = "the test passes";

  private TestJudge() {}

  /**
   * The verdict on {@code question}'s test.
   *
   * @param report what the worker reported for it, empty when it did not finish
   * @param stopped why unreported tests did not finish, empty when the worker said nothing
   */
  public static Verdict judge(Question question, Optional<TestReport> report, String stopped) {
    if (report.isEmpty()) {
      return Verdict.error(question, stopped.isEmpty() ? "not graded: the test did not run" : stopped);
    }
    TestReport test = report.get();
    return switch (test.outcome()) {
      case PASSED -> verdict(question, Status.CORRECT, question.points(), PASSES, "", test);
      case FAILED -> verdict(question, Status.WRONG, 0, "fails: " + test.message(),
          test.caseText().isEmpty() ? "" : "Smallest failing case: " + test.caseText(), test);
      case TIMED_OUT -> verdict(question, Status.WRONG, 0, "did not finish in time: " + test.message(), "", test);
    };
  }

  private static Verdict verdict(Question question, Status status, double points, String outcome, String note,
                                 TestReport test) {
    return new Verdict(question.id(), question.ask().word(), status, points, question.points(),
        question.visibility(), question.code(), question.prompt(), outcome, PASSES, note, "", question.explain(),
        List.of(), "", CaseSnapshots.of(test.pictures()));
  }
}
