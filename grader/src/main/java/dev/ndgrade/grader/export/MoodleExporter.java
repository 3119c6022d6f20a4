package dev.ndgrade.grader.export;

import dev.ndgrade.grader.result.Points;
import dev.ndgrade.grader.result.SubmissionResult;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * A Moodle gradebook import CSV (Grades → Import → CSV file): a user column to map to Moodle's
 * {@code username} (or {@code useridnumber}), a grade column to map to the grade item, and a
 * feedback column to map to {@code feedback} for that item. Moodle aborts the whole import on a
 * non-numeric grade, so files that could not be graded get {@code -} (no grade) and their reason as feedback.
 */
final class MoodleExporter implements Exporter {

  @Override
  public String export(List<SubmissionResult> results, ExportSettings settings) {
    String item = CanvasExporter.column(results, settings);
    StringWriter text = new StringWriter();
    try (CSVPrinter csv = new CSVPrinter(text, CSVFormat.DEFAULT.builder().setRecordSeparator("\n").get())) {
      csv.printRecord("Username", item, item + " feedback");
      for (SubmissionResult result : results) {
        csv.printRecord(result.student(), result.error().isEmpty() ? Points.text(result.score()) : "-",
            FeedbackText.submission(result));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return text.toString();
  }
}
