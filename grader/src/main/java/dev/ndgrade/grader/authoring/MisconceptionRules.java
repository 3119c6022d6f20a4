package dev.ndgrade.grader.authoring;

import dev.ndgrade.grader.answer.AnswerComparator;
import dev.ndgrade.grader.answer.LiteralReader;
import dev.ndgrade.grader.exercise.Misconception;
import dev.ndgrade.grader.exercise.Question;
import dev.ndgrade.grader.i18n.Language;
import dev.ndgrade.grader.i18n.Messages;
import dev.ndgrade.grader.key.QuestionKey;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Checks a question's misconceptions against its key: each answer must read as an answer of the
 * question's kind, must not be graded as right, and must look like something a student would
 * write (the key's kind of value, about the key's number of output lines). A misconception that fails
 * these never matches a student, so its feedback is dead text.
 */
final class MisconceptionRules {

  private static final Pattern EXCEPTION_TYPE = Pattern.compile("[A-Za-z_][A-Za-z0-9_.]*|none");

  private final LiteralReader literals;

  MisconceptionRules(LiteralReader literals) {
    this.literals = literals;
  }

  List<Finding> check(Question question, QuestionKey key) {
    AnswerComparator comparator = AnswerComparator.forQuestion(question, literals, Messages.of(Language.EN));
    List<Finding> findings = new ArrayList<>();
    for (Misconception misconception : question.misconceptions()) {
      problem(question, key, comparator, misconception.answer().strip())
          .ifPresent(problem -> findings.add(new Finding(misconception.location(), "question " + question.id()
              + ": misconception '" + AnswerText.brief(misconception.answer()) + "' " + problem)));
    }
    return findings;
  }

  private Optional<String> problem(Question question, QuestionKey key, AnswerComparator comparator, String answer) {
    if (!parses(question, key, comparator, answer)) {
      return Optional.of("does not read as an answer to ask: " + question.ask().word());
    }
    if (comparator.compare(key.expected(), answer).isFull()) {
      return Optional.of("is graded as right (the key is '" + AnswerText.brief(key.expected()) + "')");
    }
    return implausible(question, key.expected(), answer);
  }

  /** A comparator grades an answer it can read as equal to itself; values and exception types need more. */
  private boolean parses(Question question, QuestionKey key, AnswerComparator comparator, String answer) {
    return switch (question.ask()) {
      case VALUE -> literals.read(key.expected()).isEmpty() || literals.read(answer).isPresent();
      case ERROR -> EXCEPTION_TYPE.matcher(answer).matches();
      default -> comparator.compare(answer, answer).isFull();
    };
  }

  private Optional<String> implausible(Question question, String expected, String answer) {
    switch (question.ask()) {
      case VALUE -> {
        Optional<AnswerShape> want = AnswerShape.of(expected, literals);
        Optional<AnswerShape> got = AnswerShape.of(answer, literals);
        if (want.isPresent() && got.isPresent() && !want.get().admits(got.get())) {
          return Optional.of("is " + got.get().word() + " but the key is " + want.get().word()
              + ": no student would predict that");
        }
        return Optional.empty();
      }
      case OUTPUT -> {
        long wantLines = expected.strip().lines().count();
        long gotLines = answer.lines().count();
        // forgetting or inventing one echoed line is a real mistake; a different number of prints is not
        return Math.abs(wantLines - gotLines) <= 1 ? Optional.empty() : Optional.of("has " + gotLines
            + " lines but the code prints " + wantLines + ": a prediction of this output has about as many");
      }
      default -> {
        return Optional.empty();
      }
    }
  }
}
