package dev.ndgrade.grader.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.ndgrade.grader.fixtures.SampleResults;
import dev.ndgrade.grader.result.SubmissionResult;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

class ExporterTests {

  private static final ExportSettings SETTINGS = new ExportSettings("", Instant.parse("2026-05-04T10:15:30.123456Z"));
  private static final SubmissionResult BROKEN =
      SubmissionResult.ungradable("dan", "views-slicing", "dan.yaml", 10, "dan.yaml:5:7: mapping values are not allowed here");

  @Test
  void gradescopeGetsOneTestPerQuestionWithPointsStatusAndVisibility() throws Exception {
    JsonNode json = new ObjectMapper().readTree(
        Exporter.of(ExportFormat.GRADESCOPE).export(List.of(SampleResults.views("ada")), SETTINGS));
    assertEquals(5.0, json.get("score").asDouble());
    JsonNode tests = json.get("tests");
    assertEquals(5, tests.size());
    assertEquals("passed", tests.get(0).get("status").asText());
    assertEquals("failed", tests.get(1).get("status").asText());
    assertEquals(2.0, tests.get(1).get("max_score").asDouble());
    assertEquals("after_published", tests.get(4).get("visibility").asText());
    assertEquals("visible", tests.get(0).get("visibility").asText());
    assertTrue(tests.get(1).get("output").asText().contains("expected: array([  0,   1, 100,   3,   4,   5])"));
  }

  @Test
  void gradescopeTakesExactlyOneSubmission() {
    ExportException error = assertThrows(ExportException.class, () -> Exporter.of(ExportFormat.GRADESCOPE)
        .export(List.of(SampleResults.views("ada"), SampleResults.views("ben")), SETTINGS));
    assertEquals("Gradescope grades one submission per run; got 2 answer files", error.getMessage());
  }

  @Test
  void canvasGetsTheImportersColumnsInOrderAPointsRowAndOneRowPerStudent() throws Exception {
    String csv = Exporter.of(ExportFormat.CANVAS).export(List.of(SampleResults.views("ada"), BROKEN),
        new ExportSettings("HW3 Views (12345)", SETTINGS.timestamp()));
    assertEquals("Student,ID,SIS User ID,SIS Login ID,Section,HW3 Views (12345)\n"
        + "\"    Points Possible\",,,,,10\n"
        + "ada,,,ada,,5\n"
        + "dan,,,dan,,0\n", csv);
  }

  @Test
  void moodleGetsNoGradeAndTheReasonForAFileThatCouldNotBeGraded() throws Exception {
    String csv = Exporter.of(ExportFormat.MOODLE).export(List.of(SampleResults.views("ada"), BROKEN), SETTINGS);
    List<String> lines = csv.lines().toList();
    assertEquals("Username,\"Slicing makes views, and .base names the owner\","
        + "\"Slicing makes views, and .base names the owner feedback\"", lines.get(0));
    assertEquals("ada,5,\"views-slicing: 5/10 (q1 correct, q2 wrong, q3 unanswered, q4 correct, q5 partial)\"",
        lines.get(1));
    assertEquals("dan,-,Not graded: dan.yaml:5:7: mapping values are not allowed here", lines.get(2));
  }

  @Test
  void ltiGetsOneScoreObjectPerSubmissionWithAMillisecondTimestamp() throws Exception {
    JsonNode scores = new ObjectMapper().readTree(
        Exporter.of(ExportFormat.LTI).export(List.of(SampleResults.views("ada")), SETTINGS));
    JsonNode score = scores.get(0);
    assertEquals("ada", score.get("userId").asText());
    assertEquals(5.0, score.get("scoreGiven").asDouble());
    assertEquals(10.0, score.get("scoreMaximum").asDouble());
    assertEquals("2026-05-04T10:15:30.123Z", score.get("timestamp").asText());
    assertEquals("Completed", score.get("activityProgress").asText());
    assertEquals("FullyGraded", score.get("gradingProgress").asText());
  }

  @Test
  void junitXmlHasTheRequiredAttributesAndAFailureOrErrorPerLostQuestion() throws Exception {
    String xml = Exporter.of(ExportFormat.JUNIT).export(List.of(SampleResults.views("ada"), BROKEN), SETTINGS);
    Document document = DocumentBuilderFactory.newInstance().newDocumentBuilder()
        .parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    Element ada = (Element) document.getElementsByTagName("testsuite").item(0);
    assertEquals("ada.views-slicing", ada.getAttribute("name"));
    assertEquals("5", ada.getAttribute("tests"));
    assertEquals("3", ada.getAttribute("failures"));
    assertEquals("0", ada.getAttribute("errors"));
    assertEquals("2026-05-04T10:15:30", ada.getAttribute("timestamp"));
    assertEquals("ndgrade", ada.getAttribute("hostname"));
    assertEquals(3, ada.getElementsByTagName("failure").getLength());
    Element dan = (Element) document.getElementsByTagName("testsuite").item(1);
    assertEquals("1", dan.getAttribute("errors"));
    assertTrue(((Element) dan.getElementsByTagName("error").item(0)).getAttribute("message").contains("dan.yaml:5:7"));
  }
}
