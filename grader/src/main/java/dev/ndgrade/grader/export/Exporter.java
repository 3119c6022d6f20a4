package dev.ndgrade.grader.export;

import dev.ndgrade.grader.result.SubmissionResult;
import java.util.List;

/** Writes results in one external format. */
public sealed interface Exporter
    permits GradescopeExporter, CanvasExporter, MoodleExporter, LtiScoreExporter, JUnitXmlExporter {

  /**
   * The exported text for {@code results}.
   *
   * @throws ExportException when the format cannot hold these results (Gradescope takes exactly one)
   */
  String export(List<SubmissionResult> results, ExportSettings settings) throws ExportException;

  /** The exporter for {@code format}. */
  static Exporter of(ExportFormat format) {
    return switch (format) {
      case GRADESCOPE -> new GradescopeExporter();
      case CANVAS -> new CanvasExporter();
      case MOODLE -> new MoodleExporter();
      case LTI -> new LtiScoreExporter();
      case JUNIT -> new JUnitXmlExporter();
    };
  }
}
