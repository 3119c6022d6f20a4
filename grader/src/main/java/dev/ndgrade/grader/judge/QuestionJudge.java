package dev.ndgrade.grader.judge;

import dev.ndgrade.grader.answer.AnswerComparator;
import dev.ndgrade.grader.answer.AnswerEntry;
import dev.ndgrade.grader.answer.LiteralReader;
import dev.ndgrade.grader.answer.Match;
import dev.ndgrade.grader.exercise.Misconception;
import dev.ndgrade.grader.exercise.Question;
import dev.ndgrade.grader.i18n.Language;
import dev.ndgrade.grader.i18n.Messages;
import dev.ndgrade.grader.key.QuestionKey;
import dev.ndgrade.grader.result.Status;
import dev.ndgrade.grader.result.Verdict;
import java.util.Objects;

/**
 * Judges answers to questions: compares with the key by the question's kind, and for a wrong
 * answer finds the misconception it matches. Never throws for any answer. Not thread-safe (it
 * reads literals in one interpreter namespace).
 */
public final class QuestionJudge {

  private final LiteralReader literals;
  private final Messages messages;

  private QuestionJudge(LiteralReader literals, Messages messages) {
    this.literals = literals;
    this.messages = messages;
  }

  /** A judge with its own literal reader, its notes in English. */
  public static QuestionJudge create() {
    return create(Messages.of(Language.EN));
  }

  /** A judge with its own literal reader, its notes in {@code messages}' language. */
  public static QuestionJudge create(Messages messages) {
    return new QuestionJudge(LiteralReader.create(), messages);
  }

  /** The verdict on {@code entry} as an answer to {@code question}, whose key is {@code key}. */
  public Verdict judge(Question question, QuestionKey key, AnswerEntry entry) {
    Objects.requireNonNull(question, "question must not be null");
    Objects.requireNonNull(key, "key must not be null");
    Objects.requireNonNull(entry, "entry must not be null");
    if (entry instanceof AnswerEntry.Blank) {
      return verdict(question, key, "", Status.UNANSWERED, 0, "", "", messages.text("verdict.unanswered"));
    }
    if (entry instanceof AnswerEntry.Unusable unusable) {
      return verdict(question, key, "", Status.ERROR, 0, "", "", unusable.location() + ": " + unusable.reason());
    }
    String answer = ((AnswerEntry.Given) entry).text();
    AnswerComparator comparator = AnswerComparator.forQuestion(question, literals, messages);
    Match match = comparator.compare(key.expected(), answer);
    Status status = match.isFull() ? Status.CORRECT : match.credit() > 0 ? Status.PARTIAL : Status.WRONG;
    String misconception = status == Status.CORRECT ? "" : misconception(question, comparator, answer);
    return verdict(question, key, answer, status, match.credit(), match.note(), misconception, "");
  }

  private static String misconception(Question question, AnswerComparator comparator, String answer) {
    for (Misconception misconception : question.misconceptions()) {
      if (comparator.compare(misconception.answer(), answer).isFull()) {
        return misconception.feedback();
      }
    }
    return "";
  }

  private static Verdict verdict(Question question, QuestionKey key, String answer, Status status, double credit,
                                 String note, String misconception, String reason) {
    return new Verdict(question.id(), question.ask().word(), status, credit * question.points(), question.points(),
        question.visibility(), question.code(), question.prompt(), answer, key.expected(), note, misconception,
        question.explain(), key.origins(), reason, key.memory());
  }
}
