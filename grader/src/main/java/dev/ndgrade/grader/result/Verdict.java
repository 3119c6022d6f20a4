package dev.ndgrade.grader.result;

import dev.ndgrade.grader.exercise.Question;
import dev.ndgrade.grader.exercise.Visibility;
import dev.ndgrade.grader.memory.MemorySnapshot;
import java.util.List;
import java.util.Objects;

/**
 * The outcome of one question for one student, with everything a report shows about it.
 *
 * @param questionId the question
 * @param ask the answer kind's word
 * @param status how it went
 * @param points points earned, two decimals
 * @param maxPoints points available
 * @param visibility whether students see it in {@code check}
 * @param code the question's code
 * @param prompt extra words of the question, possibly empty
 * @param answer the student's answer, empty when none
 * @param expected the right answer, empty when unknown (a broken exercise)
 * @param note how the answer was read (notation, partial lines), possibly empty
 * @param misconception feedback for the recognised wrong answer, possibly empty
 * @param explanation the exercise's explanation, possibly empty
 * @param origins how the arrays involved were made, from the reference's records
 * @param reason why there are no points when there is no comparison to show (unanswered, error), possibly empty
 * @param memory the reference's namespace after the question
 */
public record Verdict(String questionId, String ask, Status status, double points, double maxPoints,
                      Visibility visibility, String code, String prompt, String answer, String expected,
                      String note, String misconception, String explanation, List<String> origins,
                      String reason, MemorySnapshot memory) {

  public Verdict {
    Objects.requireNonNull(questionId, "questionId must not be null");
    Objects.requireNonNull(ask, "ask must not be null");
    Objects.requireNonNull(status, "status must not be null");
    Objects.requireNonNull(visibility, "visibility must not be null");
    Objects.requireNonNull(code, "code must not be null");
    Objects.requireNonNull(prompt, "prompt must not be null");
    Objects.requireNonNull(answer, "answer must not be null");
    Objects.requireNonNull(expected, "expected must not be null");
    Objects.requireNonNull(note, "note must not be null");
    Objects.requireNonNull(misconception, "misconception must not be null");
    Objects.requireNonNull(explanation, "explanation must not be null");
    origins = List.copyOf(origins);
    Objects.requireNonNull(reason, "reason must not be null");
    Objects.requireNonNull(memory, "memory must not be null");
    points = Points.round(points);
  }

  /** A question that could not be graded, with the reason; it earns nothing. */
  public static Verdict error(Question question, String reason) {
    return new Verdict(question.id(), question.ask().word(), Status.ERROR, 0, question.points(),
        question.visibility(), question.code(), question.prompt(), "", "", "", "", question.explain(),
        List.of(), reason, MemorySnapshot.EMPTY);
  }

  /** A question nobody answered (no submission was given), with the reason; it earns nothing. */
  public static Verdict unanswered(Question question, String reason) {
    return new Verdict(question.id(), question.ask().word(), Status.UNANSWERED, 0, question.points(),
        question.visibility(), question.code(), question.prompt(), "", "", "", "", question.explain(),
        List.of(), reason, MemorySnapshot.EMPTY);
  }

  /** The same verdict for a student's answer text that grading never reached. */
  public Verdict withAnswer(String studentAnswer) {
    return new Verdict(questionId, ask, status, points, maxPoints, visibility, code, prompt, studentAnswer,
        expected, note, misconception, explanation, origins, reason, memory);
  }
}
