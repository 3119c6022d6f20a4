package dev.ndgrade.grader.export;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import dev.ndgrade.grader.result.SubmissionResult;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * LTI 1.3 Assignment and Grade Services score objects
 * ({@code application/vnd.ims.lis.v1.score+json}), one per submission, for a tool to POST to the
 * line item's {@code /scores} endpoint. {@code userId} must be the platform's LTI user id
 * ({@code sub}), so answer files should carry it as {@code student}. Files that could not be graded
 * are scored 0 with the reason as comment, as ndgrade grades them.
 */
final class LtiScoreExporter implements Exporter {

  @Override
  public String export(List<SubmissionResult> results, ExportSettings settings) {
    String timestamp = DateTimeFormatter.ISO_INSTANT.format(settings.timestamp().truncatedTo(ChronoUnit.MILLIS));
    return JsonText.of(results.stream().map(result -> new Score(result.student(), result.score(),
        result.maxScore(), FeedbackText.submission(result), timestamp, "Completed", "FullyGraded")).toList());
  }

  @JsonPropertyOrder({"userId", "scoreGiven", "scoreMaximum", "comment", "timestamp", "activityProgress",
      "gradingProgress"})
  record Score(String userId, double scoreGiven, double scoreMaximum, String comment, String timestamp,
               String activityProgress, String gradingProgress) {}
}
