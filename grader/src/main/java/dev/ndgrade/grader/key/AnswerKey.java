package dev.ndgrade.grader.key;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * An exercise's answer key: one {@link QuestionKey} per question, in question order, except for questions the
 * reference could not compute within the exercise's limits, which have a reason instead.
 *
 * @param exerciseId the exercise
 * @param questions the keys in question order
 * @param unknown why the reference has no key, by question id (an authoring error of those questions only)
 */
public record AnswerKey(String exerciseId, List<QuestionKey> questions, Map<String, String> unknown) {

  public AnswerKey {
    Objects.requireNonNull(exerciseId, "exerciseId must not be null");
    questions = List.copyOf(questions);
    unknown = Map.copyOf(unknown);
  }

  /** The key of one question. */
  public Optional<QuestionKey> question(String questionId) {
    return questions.stream().filter(q -> q.questionId().equals(questionId)).findFirst();
  }

  /** Why the reference has no key for {@code questionId}, if it has none. */
  public Optional<String> unknownBecause(String questionId) {
    return Optional.ofNullable(unknown.get(questionId));
  }
}
