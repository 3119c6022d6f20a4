package dev.ndgrade.grader.exercise;

import java.util.Objects;

/**
 * One option of a {@link AnswerKind#CHOICE} question. The reference decides which option is
 * right by evaluating {@code when} after the question's code: exactly one must be true.
 *
 * @param label what students answer, e.g. {@code b}
 * @param text what the option says
 * @param when a Python expression, true for the right option only
 */
public record Choice(String label, String text, String when) {

  public Choice {
    Objects.requireNonNull(label, "label must not be null");
    Objects.requireNonNull(text, "text must not be null");
    Objects.requireNonNull(when, "when must not be null");
  }
}
