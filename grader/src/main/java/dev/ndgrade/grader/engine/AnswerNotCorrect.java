package dev.ndgrade.grader.engine;

import dev.ndgrade.grader.result.Points;
import dev.ndgrade.grader.result.Verdict;
import org.opentest4j.AssertionFailedError;

/** A question's test fails when the answer earns less than all its points, like any failed assertion. */
class AnswerNotCorrect extends AssertionFailedError {

  private static final long serialVersionUID = 1L;

  AnswerNotCorrect(Verdict verdict) {
    super(verdict.questionId() + ": " + verdict.status().word() + " (" + Points.text(verdict.points()) + "/"
        + Points.text(verdict.maxPoints()) + ")" + (verdict.reason().isEmpty() ? "" : ": " + verdict.reason()),
        verdict.expected(), verdict.answer());
  }
}
