package dev.ndgrade.grader.exercise;

import dev.ndgrade.grader.data.Location;
import dev.ndgrade.limits.Limits;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * An exercise. A predict exercise has setup code, then questions run in order in one namespace; an implement
 * exercise has no setup: its questions are its JUnit tests (Java) or its checks (Python), and
 * {@code implementation} says how student code runs.
 *
 * @param id the exercise's id, also its directory's name
 * @param title a short title
 * @param source where the material comes from, possibly empty
 * @param setup code run before the first question, not graded, possibly empty
 * @param questions at least one, ids unique
 * @param location the exercise file
 * @param lang the language tag of the exercise's text ({@code en}, {@code ko}), which its reports
 *     speak too; empty when the file does not say
 * @param params per-student parameters, bound before the setup; empty for one exercise for all
 * @param limits what the reference may spend running its code (the defaults unless the file sets some)
 * @param implementation how an implement exercise runs student code, {@code null} for a predict exercise
 */
public record Exercise(String id, String title, String source, String setup, List<Question> questions,
                       Location location, String lang, List<Param> params, Limits limits,
                       Implementation implementation) {

  /** An exercise whose file names no language, no parameters and no limits. */
  public Exercise(String id, String title, String source, String setup, List<Question> questions,
                  Location location) {
    this(id, title, source, setup, questions, location, "", List.of(), Limits.DEFAULT, null);
  }

  /** A predict exercise. */
  public Exercise(String id, String title, String source, String setup, List<Question> questions,
                  Location location, String lang, List<Param> params, Limits limits) {
    this(id, title, source, setup, questions, location, lang, params, limits, null);
  }

  public Exercise {
    Objects.requireNonNull(id, "id must not be null");
    Objects.requireNonNull(title, "title must not be null");
    Objects.requireNonNull(source, "source must not be null");
    Objects.requireNonNull(setup, "setup must not be null");
    questions = List.copyOf(questions);
    Objects.requireNonNull(location, "location must not be null");
    Objects.requireNonNull(lang, "lang must not be null");
    params = List.copyOf(params);
    Objects.requireNonNull(limits, "limits must not be null");
  }

  /** How student code is run, when this is an implement exercise. */
  public Optional<Implementation> implement() {
    return Optional.ofNullable(implementation);
  }

  /** The sum of the questions' points. */
  public double points() {
    return questions.stream().mapToDouble(Question::points).sum();
  }

  /** The question with this id, if any. */
  public Optional<Question> question(String questionId) {
    return questions.stream().filter(q -> q.id().equals(questionId)).findFirst();
  }
}
