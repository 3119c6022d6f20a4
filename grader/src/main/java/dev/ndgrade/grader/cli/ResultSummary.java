package dev.ndgrade.grader.cli;

import dev.ndgrade.grader.exercise.Visibility;
import dev.ndgrade.grader.result.Points;
import dev.ndgrade.grader.result.Status;
import dev.ndgrade.grader.result.SubmissionResult;
import dev.ndgrade.grader.result.Verdict;
import java.io.PrintWriter;
import java.util.Optional;

/** Writes a result for the terminal: one line per question, the score, and what was left out. */
final class ResultSummary {

  private static final int HINT = 100;

  private ResultSummary() {}

  static void print(SubmissionResult result, PrintWriter out, boolean studentCheck) {
    out.println(result.file() + ": " + (result.exercise().isEmpty() ? "" : result.exercise() + " · ")
        + (result.title().isEmpty() ? "" : result.title() + " · ") + "student " + result.student());
    if (!result.error().isEmpty()) {
      out.println("  not graded: " + result.error());
      return;
    }
    result.notes().forEach(note -> out.println("  note: " + note));
    for (Verdict verdict : result.questions()) {
      out.printf("  %-6s %-9s %-11s %5s/%-3s%s%n", verdict.questionId(), verdict.ask(), verdict.status().word(),
          Points.text(verdict.points()), Points.text(verdict.maxPoints()), detail(verdict));
      hint(verdict).ifPresent(hint -> out.println("         " + hint));
    }
    String scope = studentCheck && result.withheldQuestions() > 0 ? " on the visible questions" : "";
    out.println("  score: " + Points.text(result.score()) + "/" + Points.text(result.maxScore()) + scope);
    if (studentCheck) {
      out.println("  " + verdictLine(result));
    }
  }

  private static String detail(Verdict verdict) {
    String hidden = verdict.visibility() == Visibility.HIDDEN ? "  (hidden)" : "";
    if (verdict.status() == Status.ERROR || verdict.status() == Status.UNANSWERED) {
      return hidden + "  " + verdict.reason();
    }
    return hidden;
  }

  /** The misconception feedback or comparison note of an answer that lost points, on one short line. */
  private static Optional<String> hint(Verdict verdict) {
    if (verdict.status() != Status.WRONG && verdict.status() != Status.PARTIAL) {
      return Optional.empty();
    }
    String text = !verdict.misconception().isEmpty() ? verdict.misconception() : verdict.note();
    String line = text.replaceAll("\\s+", " ").strip();
    if (line.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(line.length() <= HINT ? line : line.substring(0, HINT - 1) + "…");
  }

  /** Never "all passed" while hidden questions are not part of the run. */
  private static String verdictLine(SubmissionResult result) {
    boolean allVisibleRight = !result.questions().isEmpty()
        && result.questions().stream().allMatch(v -> v.status() == Status.CORRECT);
    int hidden = result.withheldQuestions();
    String hiddenText = hidden == 0 ? ""
        : " " + hidden + " hidden question" + (hidden == 1 ? "" : "s") + " (" + Points.text(result.withheldPoints())
            + " points) " + (hidden == 1 ? "is" : "are") + " not checked here; " + (hidden == 1 ? "it is" : "they are")
            + " graded when you submit.";
    if (allVisibleRight) {
      return (hidden == 0 ? "All questions are right." : "All visible questions are right.") + hiddenText;
    }
    return "See the report for what to fix and why." + hiddenText;
  }
}
