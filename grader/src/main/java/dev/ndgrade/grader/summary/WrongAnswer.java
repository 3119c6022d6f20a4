package dev.ndgrade.grader.summary;

import java.util.Objects;

/**
 * One wrong (or partly right) answer that students gave to a question.
 *
 * @param answer the answer, trimmed; students whose answers differ only in surrounding blanks are counted together
 * @param students how many students gave it, at least 1
 * @param misconception the misconception feedback it matched, empty when it matched none
 * @param expected the key it was wrong against when students of the question have different keys
 *     (per-student {@code params:}), so one text wrong against two keys counts as two answers; else empty
 */
public record WrongAnswer(String answer, int students, String misconception, String expected) {

  public WrongAnswer {
    Objects.requireNonNull(answer, "answer must not be null");
    Objects.requireNonNull(misconception, "misconception must not be null");
    Objects.requireNonNull(expected, "expected must not be null");
    if (students < 1) {
      throw new IllegalArgumentException("a wrong answer is given by at least one student, not " + students);
    }
  }

  /** A wrong answer to a question every student had the same key for. */
  public WrongAnswer(String answer, int students, String misconception) {
    this(answer, students, misconception, "");
  }
}
