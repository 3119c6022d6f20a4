package dev.ndgrade.grader.summary;

import dev.ndgrade.grader.result.Points;
import dev.ndgrade.grader.result.Status;
import dev.ndgrade.grader.result.SubmissionResult;
import dev.ndgrade.grader.result.Verdict;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * How a class did on one exercise, over the submissions that could be graded.
 *
 * @param exercise the exercise's id
 * @param title its title
 * @param maxScore the points available (the largest any submission had)
 * @param students one score per graded submission, by student then file
 * @param histogram how many scores fall in each tenth of {@code maxScore}: [0, 10 %), [10 %, 20 %), …, [90 %, 100 %]
 * @param meanScore the mean score, two decimals
 * @param medianScore the median score, two decimals
 * @param questions one summary per question, in the exercise's order
 */
public record ExerciseSummary(String exercise, String title, double maxScore, List<StudentScore> students,
                              List<Integer> histogram, double meanScore, double medianScore,
                              List<QuestionSummary> questions) {

  /** The histogram's bins: tenths of the maximum score. */
  public static final int BINS = 10;

  public ExerciseSummary {
    Objects.requireNonNull(exercise, "exercise must not be null");
    Objects.requireNonNull(title, "title must not be null");
    students = List.copyOf(students);
    histogram = List.copyOf(histogram);
    questions = List.copyOf(questions);
    if (histogram.size() != BINS) {
      throw new IllegalArgumentException("a histogram has " + BINS + " bins, not " + histogram.size());
    }
    meanScore = Points.round(meanScore);
    medianScore = Points.round(medianScore);
  }

  /**
   * The summary of graded submissions of one exercise.
   *
   * @param results at least one, all graded, all of the same exercise
   * @param links where their reports are
   */
  public static ExerciseSummary of(List<SubmissionResult> results, ReportLinks links) {
    if (results.isEmpty()) {
      throw new IllegalArgumentException("an exercise summary needs at least one graded submission");
    }
    SubmissionResult first = results.get(0);
    double maxScore = results.stream().mapToDouble(SubmissionResult::maxScore).max().orElse(0);
    List<StudentScore> students = results.stream()
        .map(r -> new StudentScore(r.student(), r.file(), r.score(), r.maxScore(), links.href(r)))
        .sorted(Comparator.comparing(StudentScore::student).thenComparing(StudentScore::file))
        .toList();
    int[] histogram = new int[BINS];
    results.forEach(r -> histogram[bin(r.score(), maxScore)]++);
    double[] scores = results.stream().mapToDouble(SubmissionResult::score).sorted().toArray();
    double median = scores.length % 2 == 1 ? scores[scores.length / 2]
        : (scores[scores.length / 2 - 1] + scores[scores.length / 2]) / 2;
    return new ExerciseSummary(first.exercise(), first.title().isEmpty() ? first.exercise() : first.title(),
        maxScore, students, Arrays.stream(histogram).boxed().toList(), Arrays.stream(scores).average().orElse(0),
        median, questions(results));
  }

  /** The question with the smallest share of correct answers (the first such in exercise order), if any. */
  public Optional<QuestionSummary> hardestQuestion() {
    return questions.stream().min(Comparator.comparingDouble(q -> q.counts().share(Status.CORRECT)));
  }

  /** The histogram bin of {@code score}: its tenth of {@code maxScore}, a full score in the last. */
  public static int bin(double score, double maxScore) {
    if (maxScore <= 0) {
      return 0;
    }
    // the epsilon keeps 0.3 * 10 / 1 (2.9999999999999996) in bin 3, where a person counts it
    int tenth = (int) Math.floor(score * BINS / maxScore + 1e-9);
    return Math.max(0, Math.min(BINS - 1, tenth));
  }

  private static List<QuestionSummary> questions(List<SubmissionResult> results) {
    Map<String, List<Verdict>> byQuestion = new LinkedHashMap<>();
    for (SubmissionResult result : results) {
      for (Verdict verdict : result.questions()) {
        byQuestion.computeIfAbsent(verdict.questionId(), id -> new ArrayList<>()).add(verdict);
      }
    }
    return byQuestion.values().stream().map(QuestionSummary::of).toList();
  }
}
