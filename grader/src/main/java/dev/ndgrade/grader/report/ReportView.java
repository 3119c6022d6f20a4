package dev.ndgrade.grader.report;

import dev.ndgrade.grader.result.Points;
import dev.ndgrade.grader.result.SubmissionResult;
import java.util.List;

/** What one submission's report page shows. */
public record ReportView(String title, String student, String exercise, String file, String score, String maxScore,
                  int percent, String withheld, String error, List<String> notes, List<QuestionView> questions) {

  static ReportView of(SubmissionResult result) {
    String title = result.title().isEmpty() ? result.exercise() : result.title();
    int percent = result.maxScore() == 0 ? 0 : (int) Math.round(100 * result.score() / result.maxScore());
    return new ReportView(title.isEmpty() ? "Answer file" : title, result.student(), result.exercise(),
        result.file(), Points.text(result.score()), Points.text(result.maxScore()), percent, withheld(result),
        result.error(), result.notes(), result.questions().stream().map(QuestionView::of).toList());
  }

  private static String withheld(SubmissionResult result) {
    int count = result.withheldQuestions();
    if (count == 0) {
      return "";
    }
    return count + " hidden question" + (count == 1 ? "" : "s") + " (" + Points.text(result.withheldPoints())
        + " point" + (result.withheldPoints() == 1 ? "" : "s")
        + ") " + (count == 1 ? "is" : "are") + " not part of this check; " + (count == 1 ? "it is" : "they are")
        + " graded when you submit.";
  }
}
