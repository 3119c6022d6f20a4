package dev.ndgrade.grader.key;

import dev.ndgrade.grader.memory.MemorySnapshot;
import java.util.List;
import java.util.Objects;

/**
 * The reference's answer to one question, and what the reference saw while computing it.
 *
 * @param questionId the question
 * @param expected the right answer as text (a repr, an output, {@code view}, {@code IndexError}, {@code 8000}, {@code b})
 * @param transcript everything the question's code printed in the reference
 * @param memory the namespace after the question
 * @param origins sentences explaining the arrays the question mentions
 */
public record QuestionKey(String questionId, String expected, String transcript, MemorySnapshot memory,
                          List<String> origins) {

  public QuestionKey {
    Objects.requireNonNull(questionId, "questionId must not be null");
    Objects.requireNonNull(expected, "expected must not be null");
    Objects.requireNonNull(transcript, "transcript must not be null");
    Objects.requireNonNull(memory, "memory must not be null");
    origins = List.copyOf(origins);
  }
}
