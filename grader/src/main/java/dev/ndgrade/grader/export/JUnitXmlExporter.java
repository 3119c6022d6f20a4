package dev.ndgrade.grader.export;

import dev.ndgrade.grader.result.Points;
import dev.ndgrade.grader.result.Status;
import dev.ndgrade.grader.result.SubmissionResult;
import dev.ndgrade.grader.result.Verdict;
import java.io.StringWriter;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * JUnit XML in the Ant/Surefire form: {@code <testsuites>} with one {@code <testsuite>} per
 * submission ({@code name}, {@code tests}, {@code failures}, {@code errors}, {@code time},
 * {@code timestamp} without zone, {@code hostname}) and one {@code <testcase>} per question. A
 * wrong, partial or unanswered answer is a {@code <failure>}; a question that could not be graded an
 * {@code <error>}. The format has no points: each case's message carries them.
 */
final class JUnitXmlExporter implements Exporter {

  @Override
  public String export(List<SubmissionResult> results, ExportSettings settings) {
    String timestamp = LocalDateTime.ofInstant(settings.timestamp().truncatedTo(ChronoUnit.SECONDS), ZoneOffset.UTC)
        .format(DateTimeFormatter.ISO_LOCAL_DATE_TIME);
    StringWriter text = new StringWriter();
    try {
      XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(text);
      xml.writeStartDocument("UTF-8", "1.0");
      xml.writeCharacters("\n");
      xml.writeStartElement("testsuites");
      for (SubmissionResult result : results) {
        suite(xml, result, timestamp);
      }
      xml.writeCharacters("\n");
      xml.writeEndElement();
      xml.writeEndDocument();
      xml.close();
    } catch (XMLStreamException e) {
      throw new IllegalStateException("cannot write JUnit XML", e);
    }
    return text + "\n";
  }

  private static void suite(XMLStreamWriter xml, SubmissionResult result, String timestamp) throws XMLStreamException {
    List<Verdict> questions = result.questions();
    long errors = questions.stream().filter(v -> v.status() == Status.ERROR).count() + (result.error().isEmpty() ? 0 : 1);
    long failures = questions.stream().filter(v -> v.status() != Status.CORRECT && v.status() != Status.ERROR).count();
    xml.writeCharacters("\n  ");
    xml.writeStartElement("testsuite");
    xml.writeAttribute("name", result.student() + "." + (result.exercise().isEmpty() ? "submission" : result.exercise()));
    xml.writeAttribute("tests", Long.toString(questions.size() + (result.error().isEmpty() ? 0 : 1)));
    xml.writeAttribute("failures", Long.toString(failures));
    xml.writeAttribute("errors", Long.toString(errors));
    xml.writeAttribute("skipped", "0");
    xml.writeAttribute("time", "0");
    xml.writeAttribute("timestamp", timestamp);
    xml.writeAttribute("hostname", "ndgrade");
    if (!result.error().isEmpty()) {
      testcase(xml, result, "answer-file", "error", result.error());
    }
    for (Verdict verdict : questions) {
      String outcome = switch (verdict.status()) {
        case CORRECT -> "";
        case ERROR -> "error";
        case PARTIAL, WRONG, UNANSWERED -> "failure";
      };
      testcase(xml, result, verdict.questionId(), outcome, verdict.status().word() + " ("
          + Points.text(verdict.points()) + "/" + Points.text(verdict.maxPoints()) + " points)"
          + (verdict.reason().isEmpty() ? "" : ": " + verdict.reason()));
    }
    xml.writeCharacters("\n  ");
    xml.writeEndElement();
  }

  private static void testcase(XMLStreamWriter xml, SubmissionResult result, String name, String outcome,
                               String message) throws XMLStreamException {
    xml.writeCharacters("\n    ");
    xml.writeStartElement("testcase");
    xml.writeAttribute("name", name);
    xml.writeAttribute("classname", result.exercise().isEmpty() ? "ndgrade" : result.exercise());
    xml.writeAttribute("time", "0");
    if (!outcome.isEmpty()) {
      xml.writeStartElement(outcome);
      xml.writeAttribute("message", message);
      xml.writeAttribute("type", outcome.equals("error") ? "ndgrade.NotGraded" : "ndgrade.AnswerNotCorrect");
      xml.writeEndElement();
    }
    xml.writeEndElement();
  }
}
