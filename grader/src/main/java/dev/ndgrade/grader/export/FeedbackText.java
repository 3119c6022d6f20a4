package dev.ndgrade.grader.export;

import dev.ndgrade.grader.result.Points;
import dev.ndgrade.grader.result.Status;
import dev.ndgrade.grader.result.SubmissionResult;
import dev.ndgrade.grader.result.Verdict;
import java.util.ArrayList;
import java.util.List;

/** Plain-text feedback for formats that carry a message per question or per submission. */
final class FeedbackText {

  private FeedbackText() {}

  /** What a student reads about one question: the verdict, the expected answer, and why. */
  static String question(Verdict verdict) {
    List<String> lines = new ArrayList<>();
    lines.add(verdict.status().word() + ": " + Points.text(verdict.points()) + "/" + Points.text(verdict.maxPoints()));
    if (!verdict.reason().isEmpty()) {
      lines.add(verdict.reason());
    }
    if (verdict.status() != Status.CORRECT && !verdict.expected().isEmpty()) {
      lines.add("expected: " + verdict.expected().strip());
    }
    addIfPresent(lines, verdict.note());
    addIfPresent(lines, verdict.misconception());
    addIfPresent(lines, verdict.explanation());
    verdict.origins().forEach(origin -> lines.add(origin.replace("`", "")));
    return String.join("\n", lines);
  }

  /** One line for a whole submission: the score, or why it could not be graded. */
  static String submission(SubmissionResult result) {
    if (!result.error().isEmpty()) {
      return "Not graded: " + result.error();
    }
    return result.exercise() + ": " + Points.text(result.score()) + "/" + Points.text(result.maxScore()) + " ("
        + String.join(", ", result.questions().stream().map(v -> v.questionId() + " " + v.status().word()).toList())
        + ")";
  }

  private static void addIfPresent(List<String> lines, String text) {
    if (!text.isBlank()) {
      lines.add(text.strip());
    }
  }
}
