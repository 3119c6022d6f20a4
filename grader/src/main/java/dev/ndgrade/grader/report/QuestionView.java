package dev.ndgrade.grader.report;

import dev.ndgrade.grader.exercise.AnswerKind;
import dev.ndgrade.grader.exercise.Visibility;
import dev.ndgrade.grader.i18n.Messages;
import dev.ndgrade.grader.result.Points;
import dev.ndgrade.grader.result.Status;
import dev.ndgrade.grader.result.Verdict;
import java.util.List;

/** What the report shows for one question; every field is ready to print. */
public record QuestionView(String id, String anchor, String ask, String askLabel, String status, String statusLabel, String statusSymbol,
                    String points, boolean hidden, String code, String prompt, String answer, String expected,
                    String note, List<TextPart> misconception, List<TextPart> explanation,
                    List<List<TextPart>> origins, String reason, DiagramView diagram) {

  static QuestionView of(Verdict verdict, Messages messages) {
    return new QuestionView(verdict.questionId(), "question-" + verdict.questionId(), verdict.ask(),
        messages.text("kind." + verdict.ask()), verdict.status().word(), label(verdict.status(), messages),
        symbol(verdict.status()),
        Points.text(verdict.points()) + " / " + Points.text(verdict.maxPoints()),
        verdict.visibility() == Visibility.HIDDEN, verdict.code().stripTrailing(), verdict.prompt(),
        verdict.answer().stripTrailing(), verdict.expected().stripTrailing(), verdict.note(),
        TextPart.split(verdict.misconception()), TextPart.split(verdict.explanation()),
        verdict.origins().stream().map(TextPart::split).toList(), verdict.reason(),
        DiagramLayout.of(verdict.memory(), "memory-" + verdict.questionId(),
            messages.text(memoryTitle(verdict), verdict.questionId()), messages));
  }

  /** A failed test of student code is pictured where it stopped, not after it. */
  private static String memoryTitle(Verdict verdict) {
    boolean failedTest = AnswerKind.TEST.word().equals(verdict.ask()) && verdict.status() != Status.CORRECT;
    return failedTest ? "memory.atFailure" : "memory.after";
  }

  /** Whether the question is a test of the student's code (what the code did, rather than an answer). */
  public boolean isTest() {
    return AnswerKind.TEST.word().equals(ask);
  }

  /** Whether there is an expected answer to show (not for a broken exercise). */
  public boolean hasExpected() {
    return !expected.isEmpty();
  }

  static String label(Status status, Messages messages) {
    return messages.text("status." + status.word());
  }

  static String symbol(Status status) {
    return switch (status) {
      case CORRECT -> "✓";
      case PARTIAL -> "◐";
      case WRONG -> "✗";
      case UNANSWERED -> "–";
      case ERROR -> "!";
    };
  }
}
