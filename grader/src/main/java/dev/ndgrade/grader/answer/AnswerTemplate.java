package dev.ndgrade.grader.answer;

import dev.ndgrade.grader.exercise.AnswerKind;
import dev.ndgrade.grader.exercise.Exercise;
import dev.ndgrade.grader.exercise.Question;
import dev.ndgrade.grader.exercise.Visibility;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * Writes the answer file a student starts from: every question's code as a comment, what to
 * answer, and an empty answer. The result reads back with {@link SubmissionReader} as all blank.
 */
public final class AnswerTemplate {

  private AnswerTemplate() {}

  /**
   * The YAML text of an empty answer file for {@code exercise}.
   *
   * @param student the student id to fill in
   * @param checkCommand how the student checks the file, shown in the header
   */
  public static String of(Exercise exercise, String student, String checkCommand) {
    Objects.requireNonNull(exercise, "exercise must not be null");
    StringBuilder text = new StringBuilder();
    text.append("# ndgrade answers · ").append(exercise.id()).append(" · ").append(oneLine(exercise.title())).append('\n');
    text.append("#\n# Predict what each question's code does. The questions run in order, in one session,\n");
    text.append("# after `import numpy as np`");
    if (exercise.setup().isBlank()) {
      text.append(".\n");
    } else {
      text.append(" and this setup:\n");
      exercise.setup().strip().lines().forEach(line -> text.append("#     ").append(line).append('\n'));
    }
    text.append("# Write each answer between the quotes (output answers: indented lines under the '|').\n");
    text.append("# Then check them:  ").append(checkCommand).append('\n');
    text.append("student: ").append(quote(student)).append('\n');
    text.append("exercise: ").append(exercise.id()).append('\n');
    text.append("answers:\n");
    for (Question question : exercise.questions()) {
      question(text, question);
    }
    return text.toString();
  }

  private static void question(StringBuilder text, Question question) {
    text.append("\n  # ").append(question.id()).append(" · ").append(question.ask().word()).append(" · ")
        .append(points(question.points()));
    if (question.visibility() == Visibility.HIDDEN) {
      text.append(" · hidden: graded when you submit, not by check");
    }
    text.append('\n');
    question.code().strip().lines().forEach(line -> text.append("  #     ").append(line).append('\n'));
    if (!question.prompt().isBlank()) {
      text.append("  # ").append(oneLine(question.prompt())).append('\n');
    }
    text.append("  # ").append(instruction(question)).append('\n');
    text.append("  ").append(question.id()).append(question.ask() == AnswerKind.OUTPUT ? ": |\n" : ": \"\"\n");
  }

  private static String instruction(Question question) {
    return switch (question.ask()) {
      case VALUE -> "What does the last line show? (its repr, e.g. True or array([1, 2]))";
      case OUTPUT -> "What does the code print? Every line, indented under the '|'.";
      case RELATION -> "How are " + question.of().get(0) + " and " + question.of().get(1)
          + " related? alias, view or copy";
      case ERROR -> "Which exception does it raise? Its type (e.g. IndexError), or none";
      case BYTES -> "What does the last line show? A whole number of bytes";
      case CHOICE -> "Answer one label: " + question.choices().stream()
          .map(c -> c.label() + ") " + oneLine(c.text())).collect(Collectors.joining("   "));
      case TEST -> "Nothing to answer: this test runs your Java code";
    };
  }

  private static String points(double points) {
    String number = points == Math.rint(points) ? Long.toString((long) points) : Double.toString(points);
    return number + (points == 1 ? " point" : " points");
  }

  private static String oneLine(String text) {
    return text.strip().replaceAll("\\s+", " ");
  }

  private static String quote(String text) {
    return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
  }
}
