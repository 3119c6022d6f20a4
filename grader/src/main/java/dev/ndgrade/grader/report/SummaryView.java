package dev.ndgrade.grader.report;

import dev.ndgrade.grader.exercise.Visibility;
import dev.ndgrade.grader.i18n.Messages;
import dev.ndgrade.grader.result.Points;
import dev.ndgrade.grader.result.Status;
import dev.ndgrade.grader.summary.ClassSummary;
import dev.ndgrade.grader.summary.ExerciseSummary;
import dev.ndgrade.grader.summary.QuestionSummary;
import dev.ndgrade.grader.summary.StudentScore;
import dev.ndgrade.grader.summary.UngradedSubmission;
import dev.ndgrade.grader.summary.WrongAnswer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What the class summary page shows; every field is ready to print. Public because templates read it.
 *
 * @param counts the batch in one sentence
 * @param exercises one section per exercise
 * @param ungraded the files that could not be graded
 */
public record SummaryView(String counts, List<ExerciseView> exercises, List<UngradedView> ungraded) {

  /** Longer answers are cut in the summary (each student's report has the whole text). */
  static final int ANSWER_CHARACTERS = 240;
  static SummaryView of(ClassSummary summary, Messages messages) {
    String counts = messages.text("summary.counts", count(messages, "count.answerFiles", summary.submissions()),
        String.valueOf(summary.graded()), String.valueOf(summary.ungraded().size()),
        count(messages, "count.exercises", summary.exercises().size()));
    return new SummaryView(counts, summary.exercises().stream().map(e -> ExerciseView.of(e, messages)).toList(),
        summary.ungraded().stream().map(UngradedView::of).toList());
  }

  /** One exercise's section. */
  public record ExerciseView(String anchor, String id, String title, String students, String maxScore, String mean,
                             String median, HistogramView histogram, List<QuestionRow> questions,
                             String noWrongAnswers, List<StudentRow> scores) {

    static ExerciseView of(ExerciseSummary exercise, Messages messages) {
      String anchor = "exercise-" + exercise.exercise().replaceAll("[^A-Za-z0-9_-]", "_");
      List<String> allRight = exercise.questions().stream().filter(q -> q.wrongAnswers().isEmpty()
          && q.otherWrongAnswers() == 0).map(QuestionSummary::questionId).toList();
      return new ExerciseView(anchor, exercise.exercise(), exercise.title(),
          count(messages, "count.students", exercise.students().size()), Points.text(exercise.maxScore()),
          Points.text(exercise.meanScore()), Points.text(exercise.medianScore()),
          HistogramView.of(exercise, anchor + "-histogram", messages),
          exercise.questions().stream().map(q -> QuestionRow.of(q, anchor, messages)).toList(),
          allRight.isEmpty() ? "" : messages.text("summary.noWrongAnswers", String.join(", ", allRight)),
          exercise.students().stream().map(StudentRow::of).toList());
    }
  }

  /**
   * The score histogram as an SVG bar chart (coordinates in the SVG's own pixels) and as words.
   *
   * @param id element id prefix, unique in the page
   * @param title what the chart shows
   * @param description the chart in words, for its {@code <desc>}
   * @param bars one per tenth of the maximum score
   * @param ticks the count axis' marks
   */
  public record HistogramView(String id, String title, String description, int width, int height, int plotLeft,
                              int plotRight, int baseline, List<Bar> bars, List<Tick> ticks) {

    // large type in a small coordinate system: the chart shrinks to a phone's width and stays legible
    private static final int WIDTH = 720;
    private static final int HEIGHT = 300;
    private static final int LEFT = 52;
    private static final int RIGHT = 8;
    private static final int TOP = 36;
    private static final int BOTTOM = 72;

    /**
     * A bar: its score range, the short label under it (the range's start), how many students,
     * and where it is drawn (label and count centred on {@code cx}).
     */
    public record Bar(String range, String label, int students, int x, int y, int width, int height, int cx) {}

    /** A mark on the count axis. */
    public record Tick(int y, String text) {}

    static HistogramView of(ExerciseSummary exercise, String id, Messages messages) {
      int most = exercise.histogram().stream().mapToInt(Integer::intValue).max().orElse(0);
      int top = Math.max(1, most);
      int plotHeight = HEIGHT - TOP - BOTTOM;
      int baseline = HEIGHT - BOTTOM;
      double slot = (double) (WIDTH - LEFT - RIGHT) / ExerciseSummary.BINS;
      List<Bar> bars = new ArrayList<>();
      List<String> words = new ArrayList<>();
      for (int i = 0; i < ExerciseSummary.BINS; i++) {
        int students = exercise.histogram().get(i);
        int height = (int) Math.round((double) plotHeight * students / top);
        int x = (int) Math.round(LEFT + i * slot + slot * 0.14);
        int width = (int) Math.round(slot * 0.72);
        String range = range(i);
        bars.add(new Bar(range, Integer.toString(i * 10), students, x, baseline - height, width, height,
            x + width / 2));
        if (students > 0) {
          words.add(range + " %: " + count(messages, "count.students", students));
        }
      }
      List<Tick> ticks = new ArrayList<>();
      ticks.add(new Tick(baseline, "0"));
      if (top > 1 && top % 2 == 0) {
        ticks.add(new Tick(baseline - plotHeight / 2, Integer.toString(top / 2)));
      }
      ticks.add(new Tick(baseline - plotHeight, Integer.toString(top)));
      String title = messages.text("summary.histogramTitle", exercise.exercise(), Points.text(exercise.maxScore()));
      return new HistogramView(id, title, String.join("; ", words) + ".", WIDTH, HEIGHT, LEFT, WIDTH - RIGHT,
          baseline, bars, ticks);
    }

    private static String range(int bin) {
      return bin == ExerciseSummary.BINS - 1 ? "90–100" : (bin * 10) + "–" + (bin * 10 + 9);
    }
  }

  /** One question's difficulty and its most common wrong answers. */
  public record QuestionRow(String id, String anchor, String ask, String askLabel, boolean hidden, String mean, String maxPoints,
                            String correctPercent, List<Share> shares, String sharesText, List<WrongAnswerRow> wrong,
                            String others) {

    static QuestionRow of(QuestionSummary question, String exerciseAnchor, Messages messages) {
      List<Share> shares = new ArrayList<>();
      List<String> words = new ArrayList<>();
      for (Status status : Status.values()) {
        int count = question.counts().count(status);
        double share = question.counts().share(status);
        shares.add(new Share(status.word(), QuestionView.label(status, messages), QuestionView.symbol(status), count,
            percent(share), String.format(Locale.ROOT, "%.2f", 100 * share)));
        if (count > 0) {
          words.add(QuestionView.label(status, messages) + " " + count + " (" + percent(share) + ")");
        }
      }
      int others = question.otherWrongAnswers();
      return new QuestionRow(question.questionId(), exerciseAnchor + "-" + question.questionId(), question.ask(),
          messages.text("kind." + question.ask()),
          question.visibility() == Visibility.HIDDEN, Points.text(question.meanPoints()),
          Points.text(question.maxPoints()), percent(question.counts().share(Status.CORRECT)), shares,
          String.join(", ", words), question.wrongAnswers().stream().map(w -> WrongAnswerRow.of(w, messages)).toList(),
          others == 0 ? "" : messages.text("summary.others", count(messages, "count.moreStudents", others)));
    }
  }

  /** One status' part of a question's answers; {@code width} is its CSS percentage. */
  public record Share(String status, String label, String symbol, int count, String percent, String width) {

    /** Whether the share is drawn (an empty one would only add a border). */
    public boolean drawn() {
      return count > 0;
    }
  }

  /** A wrong answer as the page shows it. */
  public record WrongAnswerRow(String answer, String students, List<TextPart> misconception, String forKey) {

    static WrongAnswerRow of(WrongAnswer wrong, Messages messages) {
      String answer = shortened(wrong.answer().isEmpty() ? messages.text("summary.emptyAnswer") : wrong.answer());
      return new WrongAnswerRow(answer, count(messages, "count.students", wrong.students()),
          TextPart.split(wrong.misconception()),
          wrong.expected().isEmpty() ? "" : messages.text("summary.forKey", shortened(wrong.expected())));
    }

    private static String shortened(String text) {
      return text.length() > ANSWER_CHARACTERS ? text.substring(0, ANSWER_CHARACTERS) + "…" : text;
    }
  }

  /** A graded student's score, with a link to their report when there is one. */
  public record StudentRow(String student, String file, String score, int percent, String href) {

    static StudentRow of(StudentScore score) {
      int percent = score.maxScore() == 0 ? 0 : (int) Math.round(100 * score.score() / score.maxScore());
      return new StudentRow(score.student(), score.file(), Points.text(score.score()) + " / "
          + Points.text(score.maxScore()), percent, score.reportHref());
    }
  }

  /** A file that could not be graded, with its located reason. */
  public record UngradedView(String file, String student, String reason, String href) {

    static UngradedView of(UngradedSubmission ungraded) {
      return new UngradedView(ungraded.file(), ungraded.student(), ungraded.reason(), ungraded.reportHref());
    }
  }

  private static String percent(double share) {
    return Math.round(100 * share) + " %";
  }

  /** "3 students": the message {@code key.one} or {@code key.many} for {@code count}. */
  private static String count(Messages messages, String key, int count) {
    return messages.plural(key, count, String.valueOf(count));
  }

}
