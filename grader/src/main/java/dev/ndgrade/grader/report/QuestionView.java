package dev.ndgrade.grader.report;

import dev.ndgrade.grader.exercise.Visibility;
import dev.ndgrade.grader.result.Points;
import dev.ndgrade.grader.result.Status;
import dev.ndgrade.grader.result.Verdict;
import java.util.List;

/** What the report shows for one question; every field is ready to print. */
public record QuestionView(String id, String anchor, String ask, String status, String statusLabel, String statusSymbol,
                    String points, boolean hidden, String code, String prompt, String answer, String expected,
                    String note, List<TextPart> misconception, List<TextPart> explanation,
                    List<List<TextPart>> origins, String reason, DiagramView diagram) {

  static QuestionView of(Verdict verdict) {
    return new QuestionView(verdict.questionId(), "question-" + verdict.questionId(), verdict.ask(),
        verdict.status().word(), label(verdict.status()), symbol(verdict.status()),
        Points.text(verdict.points()) + " / " + Points.text(verdict.maxPoints()),
        verdict.visibility() == Visibility.HIDDEN, verdict.code().stripTrailing(), verdict.prompt(),
        verdict.answer().stripTrailing(), verdict.expected().stripTrailing(), verdict.note(),
        TextPart.split(verdict.misconception()), TextPart.split(verdict.explanation()),
        verdict.origins().stream().map(TextPart::split).toList(), verdict.reason(),
        DiagramLayout.of(verdict.memory(), "memory-" + verdict.questionId(),
            "Memory after " + verdict.questionId()));
  }

  /** Whether there is an expected answer to show (not for a broken exercise). */
  public boolean hasExpected() {
    return !expected.isEmpty();
  }

  static String label(Status status) {
    return switch (status) {
      case CORRECT -> "Correct";
      case PARTIAL -> "Partly right";
      case WRONG -> "Not right";
      case UNANSWERED -> "No answer";
      case ERROR -> "Not graded";
    };
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
