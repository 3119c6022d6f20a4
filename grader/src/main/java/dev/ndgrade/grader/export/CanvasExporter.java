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
 * A Canvas gradebook import CSV. Canvas's importer wants {@code Student} and {@code ID} first and
 * {@code Section} as the last student column, optional {@code SIS User ID} and {@code SIS Login ID}
 * in between, then one column per assignment titled {@code Title (assignment id)} (a bare title is
 * matched by name, or creates an assignment). It finds a student by Canvas ID, then SIS User ID, then
 * SIS Login ID, then name: ndgrade's student ids go into {@code SIS Login ID}, with the Canvas ID left
 * blank. A {@code Points Possible} row gives the assignment's maximum.
 */
final class CanvasExporter implements Exporter {

  @Override
  public String export(List<SubmissionResult> results, ExportSettings settings) {
    StringWriter text = new StringWriter();
    try (CSVPrinter csv = new CSVPrinter(text, CSVFormat.DEFAULT.builder().setRecordSeparator("\n").get())) {
      csv.printRecord("Student", "ID", "SIS User ID", "SIS Login ID", "Section", column(results, settings));
      csv.printRecord("    Points Possible", "", "", "", "",
          results.isEmpty() ? "" : Points.text(results.stream().mapToDouble(SubmissionResult::maxScore).max().orElse(0)));
      for (SubmissionResult result : results) {
        csv.printRecord(result.student(), "", "", result.student(), "", Points.text(result.score()));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return text.toString();
  }

  static String column(List<SubmissionResult> results, ExportSettings settings) {
    if (!settings.assignment().isEmpty()) {
      return settings.assignment();
    }
    return results.stream().filter(r -> !r.title().isEmpty()).map(SubmissionResult::title).findFirst()
        .orElse("ndgrade");
  }
}
