package dev.ndgrade.grader.authoring;

import dev.ndgrade.grader.exercise.Exercise;
import dev.ndgrade.grader.exercise.Misconception;
import dev.ndgrade.grader.exercise.Question;
import dev.ndgrade.grader.exercise.Visibility;
import dev.ndgrade.grader.key.AnswerKey;
import dev.ndgrade.grader.key.QuestionKey;
import dev.ndgrade.grader.result.Points;
import java.util.List;
import java.util.Optional;

/**
 * An exercise's key as an author reads it: per question the code, the key the reference
 * computed, the explanation, what the report adds from the reference's records, and the
 * misconceptions with their feedback.
 */
public final class KeyListing {

  private static final String INDENT = "      ";

  private KeyListing() {}

  /** The listing of {@code exercise} with its computed {@code key}. */
  public static String of(Exercise exercise, AnswerKey key) {
    long hidden = exercise.questions().stream().filter(q -> q.visibility() == Visibility.HIDDEN).count();
    StringBuilder text = new StringBuilder();
    text.append(exercise.id()).append(" · ").append(exercise.title()).append(" · ")
        .append(points(exercise.points())).append(" · ").append(exercise.questions().size())
        .append(" questions (").append(hidden).append(" hidden)\n");
    if (!exercise.setup().isBlank()) {
      text.append("setup:\n");
      indented(text, exercise.setup());
    }
    for (Question question : exercise.questions()) {
      Optional<QuestionKey> known = key.question(question.id());
      question(text, question, known.map(QuestionKey::expected)
          .orElseGet(() -> "none: " + key.unknownBecause(question.id()).orElse("")),
          known.map(QuestionKey::origins).orElse(List.of()));
    }
    return text.toString();
  }

  private static void question(StringBuilder text, Question question, String expected, List<String> origins) {
    text.append('\n').append(question.id()).append(" · ").append(question.ask().word());
    if (!question.of().isEmpty()) {
      text.append(" of ").append(String.join(", ", question.of()));
    }
    text.append(" · ").append(points(question.points())).append(" · ").append(question.visibility().word())
        .append(" · ").append(question.location()).append('\n');
    indented(text, question.code());
    if (!question.prompt().isBlank()) {
      text.append("  prompt: ").append(question.prompt().strip()).append('\n');
    }
    labelled(text, "key", expected);
    labelled(text, "why", question.explain());
    for (String origin : origins) {
      labelled(text, "report", origin);
    }
    for (Misconception misconception : question.misconceptions()) {
      labelled(text, "if " + AnswerText.brief(misconception.answer()), misconception.feedback());
    }
  }

  private static String points(double points) {
    return Points.text(points) + (points == 1 ? " point" : " points");
  }

  private static void labelled(StringBuilder text, String label, String body) {
    if (body.isBlank()) {
      return;
    }
    String stripped = body.stripTrailing();
    if (stripped.contains("\n")) {
      text.append("  ").append(label).append(":\n");
      indented(text, stripped);
    } else {
      text.append("  ").append(label).append(": ").append(stripped).append('\n');
    }
  }

  private static void indented(StringBuilder text, String block) {
    block.stripTrailing().lines().forEach(line -> text.append(INDENT).append(line).append('\n'));
  }
}
