package dev.ndgrade.grader.judge;

import dev.ndgrade.grader.exercise.Question;
import dev.ndgrade.grader.pycheck.CheckOutcome;
import dev.ndgrade.grader.result.Status;
import dev.ndgrade.grader.result.Verdict;
import java.util.List;

/**
 * Judges a check of a Python implement exercise: one that ran to its end earns its points; one that raised is
 * wrong, its one-line exception (the {@code assert} message) is the feedback, shown with the check's line that
 * raised and the memory at that moment; one that could not run is an error with the reason.
 */
public final class CheckJudge {

  /** What a passing check shows as the expected outcome. */
  public static final String RUNS_TO_THE_END = "the check runs to its end";

  private CheckJudge() {}

  /** The verdict on {@code check} from how it went. */
  public static Verdict judge(Question check, CheckOutcome outcome) {
    return switch (outcome.status()) {
      case PASSED -> new Verdict(check.id(), check.ask().word(), Status.CORRECT, check.points(), check.points(),
          check.visibility(), check.code(), check.prompt(), RUNS_TO_THE_END, RUNS_TO_THE_END, "", "",
          check.explain(), List.of(), "", outcome.memory());
      case FAILED -> new Verdict(check.id(), check.ask().word(), Status.WRONG, 0, check.points(),
          check.visibility(), check.code(), check.prompt(), outcome.error().text(), RUNS_TO_THE_END,
          outcome.place(), "", check.explain(), List.of(), "", outcome.memory());
      case UNGRADABLE -> Verdict.error(check, outcome.error().text());
    };
  }
}
