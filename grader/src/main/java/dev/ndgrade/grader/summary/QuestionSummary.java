package dev.ndgrade.grader.summary;

import dev.ndgrade.grader.exercise.Visibility;
import dev.ndgrade.grader.result.Points;
import dev.ndgrade.grader.result.Status;
import dev.ndgrade.grader.result.Verdict;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * How a class did on one question.
 *
 * @param questionId the question
 * @param ask the answer kind's word
 * @param visibility whether students see it in {@code check}
 * @param maxPoints points available
 * @param counts how many answers ended in each status
 * @param meanPoints the mean of the points earned, two decimals
 * @param wrongAnswers the most common wrong or partly right answers, most given first, ties by answer text
 * @param otherWrongAnswers how many students gave a wrong or partly right answer not in {@code wrongAnswers}
 */
public record QuestionSummary(String questionId, String ask, Visibility visibility, double maxPoints,
                              StatusCounts counts, double meanPoints, List<WrongAnswer> wrongAnswers,
                              int otherWrongAnswers) {

  /** How many distinct wrong answers a question lists; the rest are only counted. */
  public static final int MOST_COMMON = 5;

  private static final Comparator<WrongAnswer> MOST_GIVEN_FIRST =
      Comparator.comparingInt(WrongAnswer::students).reversed().thenComparing(WrongAnswer::answer)
          .thenComparing(WrongAnswer::expected);
  private static final Comparator<Given> GIVEN_ORDER = Comparator.comparing(Given::answer)
      .thenComparing(Given::expected);

  public QuestionSummary {
    Objects.requireNonNull(questionId, "questionId must not be null");
    Objects.requireNonNull(ask, "ask must not be null");
    Objects.requireNonNull(visibility, "visibility must not be null");
    Objects.requireNonNull(counts, "counts must not be null");
    wrongAnswers = List.copyOf(wrongAnswers);
    meanPoints = Points.round(meanPoints);
  }

  /**
   * The summary of one question's verdicts, one per student.
   *
   * @param verdicts at least one, all for the same question
   */
  public static QuestionSummary of(List<Verdict> verdicts) {
    if (verdicts.isEmpty()) {
      throw new IllegalArgumentException("a question summary needs at least one verdict");
    }
    Verdict first = verdicts.get(0);
    if (verdicts.stream().anyMatch(v -> !v.questionId().equals(first.questionId()))) {
      throw new IllegalArgumentException("verdicts of several questions given for " + first.questionId());
    }
    List<WrongAnswer> wrong = wrongAnswers(verdicts);
    List<WrongAnswer> shown = wrong.subList(0, Math.min(MOST_COMMON, wrong.size()));
    int others = wrong.subList(shown.size(), wrong.size()).stream().mapToInt(WrongAnswer::students).sum();
    return new QuestionSummary(first.questionId(), first.ask(), first.visibility(), first.maxPoints(),
        StatusCounts.of(verdicts), verdicts.stream().mapToDouble(Verdict::points).average().orElse(0),
        shown, others);
  }

  /**
   * Every distinct wrong answer, most given first; its misconception is the first in text order,
   * so the order of the verdicts never matters. When students had different keys (per-student
   * values), an answer is distinct per key it was wrong against.
   */
  private static List<WrongAnswer> wrongAnswers(List<Verdict> verdicts) {
    boolean perVariant = verdicts.stream().map(v -> v.expected().strip()).distinct().count() > 1;
    Map<Given, List<Verdict>> byAnswer = new TreeMap<>(GIVEN_ORDER);
    for (Verdict verdict : verdicts) {
      if (verdict.status() == Status.WRONG || verdict.status() == Status.PARTIAL) {
        Given given = new Given(verdict.answer().strip(), perVariant ? verdict.expected().strip() : "");
        byAnswer.computeIfAbsent(given, answer -> new ArrayList<>()).add(verdict);
      }
    }
    List<WrongAnswer> answers = new ArrayList<>();
    byAnswer.forEach((answer, given) -> answers.add(new WrongAnswer(answer.answer(), given.size(), given.stream()
        .map(Verdict::misconception).filter(text -> !text.isEmpty()).sorted().findFirst().orElse(""),
        answer.expected())));
    answers.sort(MOST_GIVEN_FIRST);
    return answers;
  }

  /** An answer as given, with the key it was judged against when keys differ between students. */
  private record Given(String answer, String expected) {}
}
