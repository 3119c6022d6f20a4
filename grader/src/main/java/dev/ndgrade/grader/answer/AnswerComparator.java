package dev.ndgrade.grader.answer;

import dev.ndgrade.grader.exercise.Question;
import dev.ndgrade.grader.i18n.Messages;

/**
 * Compares a student's answer with the key for one answer kind. Implementations compare by
 * meaning where the kind allows, and never throw on any answer text.
 */
public sealed interface AnswerComparator
    permits ValueComparator, OutputComparator, RelationComparator, ErrorComparator, BytesComparator,
    ChoiceComparator {

  /**
   * How well {@code given} matches {@code expected}.
   *
   * @param expected the key (or a misconception's answer), never blank
   * @param given the student's answer, never blank
   */
  Match compare(String expected, String given);

  /** The comparator for {@code question}'s answer kind, its notes in {@code messages}' language. */
  static AnswerComparator forQuestion(Question question, LiteralReader literals, Messages messages) {
    return switch (question.ask()) {
      case VALUE -> new ValueComparator(literals, messages);
      case OUTPUT -> new OutputComparator(messages);
      case RELATION -> new RelationComparator(messages);
      case ERROR -> new ErrorComparator(messages);
      case BYTES -> new BytesComparator(messages);
      case CHOICE -> new ChoiceComparator(question.choices(), messages);
      case TEST -> throw new IllegalArgumentException(question.id() + " is a test: it runs code, it compares no answer");
    };
  }

  /** Text with every run of whitespace removed: spacing never decides a match. */
  static String squash(String text) {
    return text.replaceAll("\\s+", "");
  }
}
