package dev.ndgrade.grader.report;

import dev.ndgrade.grader.i18n.Messages;
import dev.ndgrade.grader.result.Points;
import dev.ndgrade.grader.result.SubmissionResult;
import java.util.List;

/** What one submission's report page shows. */
public record ReportView(String title, String student, String exercise, String file, String score, String maxScore,
                  int percent, String withheld, String error, List<String> notes, List<QuestionView> questions) {

  static ReportView of(SubmissionResult result, Messages messages) {
    String title = result.title().isEmpty() ? result.exercise() : result.title();
    int percent = result.maxScore() == 0 ? 0 : (int) Math.round(100 * result.score() / result.maxScore());
    return new ReportView(title.isEmpty() ? messages.text("report.ungradedTitle", result.file()) : title, result.student(),
        result.exercise(), result.file(), Points.text(result.score()), Points.text(result.maxScore()), percent,
        withheld(result, messages), result.error(), result.notes(),
        result.questions().stream().map(verdict -> QuestionView.of(verdict, messages)).toList());
  }

  /** Whether nothing of the file could be graded: the page then shows why, not a score of 0 out of 0. */
  public boolean ungraded() {
    return questions.isEmpty() && !error.isEmpty();
  }

  private static String withheld(SubmissionResult result, Messages messages) {
    int count = result.withheldQuestions();
    if (count == 0) {
      return "";
    }
    String points = messages.plural("points", result.withheldPoints(), Points.text(result.withheldPoints()));
    return messages.plural("report.withheld", count, String.valueOf(count), points);
  }
}
