package dev.ndgrade.grader.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ndgrade.grader.fixtures.SampleResults;
import dev.ndgrade.grader.result.SubmissionResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class ReportRendererTests {

  private static final ReportRenderer RENDERER = ReportRenderer.create();

  @Test
  void showsEveryQuestionWithItsAnswerExpectedAnswerVerdictAndFeedback() {
    String html = RENDERER.render(SampleResults.views("ada"));
    for (String id : new String[] {"q1", "q2", "q3", "q4", "q5"}) {
      assertTrue(html.contains("id=\"question-" + id + "\""), id);
    }
    assertTrue(html.contains("array([  0,   1, 100,   3,   4,   5])"));
    assertTrue(html.contains("This would be right for a Python list, whose slices are copies."));
    assertTrue(html.contains("<code>s.base is arr</code>"), "origin sentences set code in <code>");
    assertTrue(html.contains("Partly right") && html.contains("No answer") && html.contains("Not right"));
    assertTrue(html.contains("1 of 2 lines match"));
  }

  @Test
  void drawsViewsAndOwnersDifferentlyInTheMemoryDiagram() {
    String html = RENDERER.render(SampleResults.views("ada"));
    assertEquals(5, count(html, "<svg"), "one diagram per question");
    assertTrue(html.contains("class=\"card view\"") && html.contains("class=\"card own\""));
    assertTrue(html.contains("VIEW of #1 (arr)") && html.contains("OWNS ITS DATA"));
    assertTrue(html.contains("fill=\"url(#memory-q1-hatch)\""), "view windows are hatched, not only coloured");
    assertTrue(html.contains("offset 16 B into buffer #1"));
    assertTrue(html.contains("#2 int64 array, shape (3,), strides (8,), offset 16 bytes into buffer #1; a view of #1"),
        "the diagram is described in words too");
  }

  @Test
  void isSelfContainedWithNoScriptsAndNothingLoadedFromTheNetwork() {
    String html = RENDERER.render(SampleResults.views("ada"));
    assertFalse(html.contains("<script"));
    assertFalse(html.contains("<link"));
    Matcher urls = Pattern.compile("(src|href)=\"([^\"#][^\"]*)\"").matcher(html);
    assertFalse(urls.find(), () -> "external reference: " + urls.group());
    assertTrue(html.contains("<style>"));
  }

  @Test
  void escapesMarkupAndTemplateSyntaxInAnswersAndNotes() {
    SubmissionResult hostile = SampleResults.hostile();
    String html = RENDERER.render(hostile);
    assertFalse(html.contains("<script>alert"));
    assertFalse(html.contains("<img src=x"));
    assertTrue(html.contains("&lt;script&gt;alert(&#39;pwned&#39;)&lt;/script&gt;"));
    assertTrue(html.contains("[[${7*7}]] {{7*7}}"), "template syntax in answers is never evaluated");
    assertTrue(html.contains("&lt;b&gt;q9&lt;/b&gt;"));
  }

  @Test
  void saysHiddenQuestionsAreLeftOutInsteadOfCallingTheRunComplete() {
    String html = RENDERER.render(SampleResults.hostile());
    assertTrue(html.contains("1 hidden question (2 points) is not part of this check; it is graded when you submit."));
  }

  @Test
  void namesReportFilesSafely() {
    assertEquals("ada-views-slicing.html", ReportRenderer.fileName(SampleResults.views("ada")));
    assertEquals("_.._etc-views-slicing.html", ReportRenderer.fileName(SampleResults.views("/../etc")));
  }

  private static int count(String text, String part) {
    return text.split(Pattern.quote(part), -1).length - 1;
  }
}
