package dev.ndgrade.grader.key;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * An exercise's answer key: one {@link QuestionKey} per question, in question order.
 *
 * @param exerciseId the exercise
 * @param questions the keys in question order
 */
public record AnswerKey(String exerciseId, List<QuestionKey> questions) {

  public AnswerKey {
    Objects.requireNonNull(exerciseId, "exerciseId must not be null");
    questions = List.copyOf(questions);
  }

  /** The key of one question. */
  public Optional<QuestionKey> question(String questionId) {
    return questions.stream().filter(q -> q.questionId().equals(questionId)).findFirst();
  }

}
