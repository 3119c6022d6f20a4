package dev.ndgrade.grader.exercise;

import dev.ndgrade.grader.data.Location;
import java.util.List;
import java.util.Objects;

/**
 * One predict question: code that runs after everything before it, and what to predict about it.
 *
 * @param id unique within its exercise, e.g. {@code q2}
 * @param code Python source, possibly empty (relation and choice questions may only look)
 * @param ask what is predicted
 * @param of the two names a relation question classifies, empty otherwise
 * @param prompt extra words for the student, possibly empty
 * @param choices the options of a choice question, empty otherwise
 * @param points at most this many points, positive
 * @param visibility whether {@code check} shows the question
 * @param explain why the right answer is right, possibly empty
 * @param misconceptions wrong answers with targeted feedback
 * @param location where the question starts in its file
 */
public record Question(String id, String code, AnswerKind ask, List<String> of, String prompt,
                       List<Choice> choices, double points, Visibility visibility, String explain,
                       List<Misconception> misconceptions, Location location) {

  public Question {
    Objects.requireNonNull(id, "id must not be null");
    Objects.requireNonNull(code, "code must not be null");
    Objects.requireNonNull(ask, "ask must not be null");
    of = List.copyOf(of);
    Objects.requireNonNull(prompt, "prompt must not be null");
    choices = List.copyOf(choices);
    Objects.requireNonNull(visibility, "visibility must not be null");
    Objects.requireNonNull(explain, "explain must not be null");
    misconceptions = List.copyOf(misconceptions);
    Objects.requireNonNull(location, "location must not be null");
  }
}
