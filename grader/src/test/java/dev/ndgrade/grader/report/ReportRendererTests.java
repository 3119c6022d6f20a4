package dev.ndgrade.grader.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ndgrade.grader.exercise.ExerciseBank;
import dev.ndgrade.grader.exercise.Visibility;
import dev.ndgrade.grader.fixtures.SampleResults;
import dev.ndgrade.grader.i18n.Language;
import dev.ndgrade.grader.key.AnswerKey;
import dev.ndgrade.grader.key.KeyComputer;
import dev.ndgrade.grader.result.Status;
import dev.ndgrade.grader.result.SubmissionResult;
import dev.ndgrade.grader.result.Verdict;
import java.util.List;
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
  void speaksKoreanWhenAskedWhileTheExercisesOwnTextStaysAsWritten() {
    String html = ReportRenderer.create(result -> Language.KO).render(SampleResults.views("ada"));
    assertTrue(html.contains("<html lang=\"ko\""), "the page declares its language");
    assertTrue(html.contains("ndgrade 채점 보고서") && html.contains("내 답") && html.contains("정답"), html);
    assertTrue(html.contains("부분 정답") && html.contains("오답") && html.contains("답 없음"));
    assertTrue(html.contains("q1 실행 후의 메모리") && html.contains("데이터 소유"), "the diagram speaks Korean too");
    assertTrue(html.contains("This would be right for a Python list"), "misconception feedback is the author's text");
    assertFalse(html.contains("Your answer") || html.contains("OWNS ITS DATA") || html.contains("Partly right"));
    String hostile = ReportRenderer.create(result -> Language.KO).render(SampleResults.hostile());
    assertTrue(hostile.contains("숨겨진 문제 1개(2점)는 이번 확인에 포함되지 않으며, 제출할 때 채점됩니다."), hostile);
  }

  @Test
  void anUngradableFileIsTitledByWhatHappenedAndShowsNoScoreOfZeroOutOfZero() {
    // issue 13, finding 6
    String html = RENDERER.render(SubmissionResult.ungradable("x", "", "x.yaml", 0, "x.yaml:4:1: the file cannot be read"));
    assertTrue(html.contains("<h1>Not graded: x.yaml</h1>"), html);
    assertFalse(html.contains("0 points"), html);
    assertTrue(html.contains("x.yaml:4:1: the file cannot be read"));
  }

  @Test
  void aQuestionWithoutCodeHasNoEmptyCodeBox() {
    String html = RENDERER.render(SampleResults.views("ada"));
    assertFalse(html.contains("<code></code>"), "an empty code box");
  }

  @Test
  void explainsCellsThatSeveralElementsReadOnlyWhenADiagramHasThem() throws Exception {
    // issue 13, finding 6: "0,0+" cells of a broadcast view were unexplained
    AnswerKey key = KeyComputer.compute(ExerciseBank.bundled().load("broadcasting-readonly"));
    List<Verdict> verdicts = key.questions().stream().map(q -> new Verdict(q.questionId(), "value", Status.CORRECT, 1, 1,
        Visibility.VISIBLE, "", "", q.expected(), q.expected(), "", "", "", List.of(), "", q.memory())).toList();
    String html = RENDERER.render(new SubmissionResult("ada", "broadcasting-readonly", "Broadcasting", "a.yaml", 1, 1,
        "", List.of(), verdicts, 0, 0));
    assertTrue(html.contains("0,0+"), "no broadcast cell drawn");
    assertTrue(html.contains("A label ending in + (such as 0,0+) is a cell that several"), html);
    assertFalse(RENDERER.render(SampleResults.views("ada")).contains("A label ending in +"));
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
