package dev.ndgrade.grader.cli;

import dev.ndgrade.grader.exercise.Visibility;
import dev.ndgrade.grader.i18n.Messages;
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

  /** Prints {@code result} in the language of {@code messages}; {@code studentCheck} for {@code check}'s run. */
  static void print(SubmissionResult result, PrintWriter out, boolean studentCheck, Messages messages) {
    out.println(result.file() + ": " + (result.exercise().isEmpty() ? "" : result.exercise() + " · ")
        + (result.title().isEmpty() ? "" : result.title() + " · ") + messages.text("cli.student", result.student()));
    if (!result.error().isEmpty()) {
      out.println("  " + messages.text("cli.notGraded", result.error()));
      return;
    }
    result.notes().forEach(note -> out.println("  " + messages.text("cli.note", note)));
    for (Verdict verdict : result.questions()) {
      out.printf("  %-6s %-9s %-11s %5s/%-3s%s%n", verdict.questionId(), messages.text("kind." + verdict.ask()),
          messages.text("cli.status." + verdict.status().word()), Points.text(verdict.points()),
          Points.text(verdict.maxPoints()), detail(verdict, messages));
      hint(verdict).ifPresent(hint -> out.println("         " + hint));
    }
    String score = studentCheck && result.withheldQuestions() > 0 ? "cli.scoreVisible" : "cli.score";
    out.println("  " + messages.text(score, Points.text(result.score()), Points.text(result.maxScore())));
    if (studentCheck) {
      out.println("  " + verdictLine(result, messages));
    }
  }

  private static String detail(Verdict verdict, Messages messages) {
    String hidden = verdict.visibility() == Visibility.HIDDEN ? "  " + messages.text("cli.hidden") : "";
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
  private static String verdictLine(SubmissionResult result, Messages messages) {
    boolean allVisibleRight = !result.questions().isEmpty()
        && result.questions().stream().allMatch(v -> v.status() == Status.CORRECT);
    int hidden = result.withheldQuestions();
    String hiddenText = hidden == 0 ? ""
        : " " + messages.plural("cli.hiddenLeft", hidden, String.valueOf(hidden), Points.text(result.withheldPoints()));
    if (allVisibleRight) {
      return messages.text(hidden == 0 ? "cli.allRight" : "cli.allVisibleRight") + hiddenText;
    }
    return messages.text("cli.seeReport") + hiddenText;
  }
}
