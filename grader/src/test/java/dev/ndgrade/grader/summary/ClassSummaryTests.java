package dev.ndgrade.grader.summary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ndgrade.grader.exercise.Visibility;
import dev.ndgrade.grader.memory.MemorySnapshot;
import dev.ndgrade.grader.report.ReportRenderer;
import dev.ndgrade.grader.result.Status;
import dev.ndgrade.grader.result.SubmissionResult;
import dev.ndgrade.grader.result.Verdict;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class ClassSummaryTests {

  private static final String LIST_FEEDBACK = "This would be right for a Python list, whose slices are copies.";

  @Test
  void countsEachStatusOfAQuestionAndTheMeanOfItsPoints() {
    QuestionSummary q = QuestionSummary.of(List.of(verdict(Status.CORRECT, 2, "True", ""),
        verdict(Status.CORRECT, 2, "True", ""), verdict(Status.PARTIAL, 1, "x", ""),
        verdict(Status.WRONG, 0, "False", ""), verdict(Status.UNANSWERED, 0, "", ""),
        verdict(Status.ERROR, 0, "", ""), verdict(Status.WRONG, 0, "False", "")));
    assertEquals(new StatusCounts(2, 1, 2, 1, 1), q.counts());
    assertEquals(7, q.counts().total());
    assertEquals(2.0 / 7, q.counts().share(Status.CORRECT));
    assertEquals(0.71, q.meanPoints(), "5 points over 7 students, two decimals");
    assertEquals(2, q.maxPoints());
  }

  @Test
  void theMostCommonWrongAnswersComeFirstWithTiesInAnswerOrderAndTheMisconceptionTheyMatched() {
    QuestionSummary q = QuestionSummary.of(List.of(
        verdict(Status.WRONG, 0, "zeta", ""), verdict(Status.WRONG, 0, "array([0, 1, 2])", LIST_FEEDBACK),
        verdict(Status.WRONG, 0, "alpha", ""), verdict(Status.CORRECT, 2, "True", ""),
        verdict(Status.WRONG, 0, "  array([0, 1, 2])\n", LIST_FEEDBACK), verdict(Status.PARTIAL, 1, "zeta", ""),
        verdict(Status.UNANSWERED, 0, "", "")));
    assertEquals(List.of(new WrongAnswer("array([0, 1, 2])", 2, LIST_FEEDBACK), new WrongAnswer("zeta", 2, ""),
        new WrongAnswer("alpha", 1, "")), q.wrongAnswers());
    assertEquals(0, q.otherWrongAnswers());
  }

  @Test
  void withPerStudentKeysTheSameTextWrongAgainstTwoKeysIsTwoAnswersEachWithItsKey() {
    // issue 12: a parameterised exercise gives students different keys; "3" means two mistakes here
    QuestionSummary q = QuestionSummary.of(List.of(
        keyed(Status.WRONG, "3", "4"), keyed(Status.WRONG, "3", "5"), keyed(Status.WRONG, "3", "5"),
        keyed(Status.CORRECT, "4", "4")));
    assertEquals(List.of(new WrongAnswer("3", 2, "", "5"), new WrongAnswer("3", 1, "", "4")), q.wrongAnswers());
    QuestionSummary sameKey = QuestionSummary.of(List.of(keyed(Status.WRONG, "3", "4"), keyed(Status.WRONG, "3", "4")));
    assertEquals(List.of(new WrongAnswer("3", 2, "")), sameKey.wrongAnswers());
    String page = ReportRenderer.create().renderSummary(ClassSummary.of(List.of(
        result("a", "x", 0, keyed(Status.WRONG, "3", "4")), result("b", "x", 0, keyed(Status.WRONG, "3", "5"))),
        ReportLinks.none()));
    assertTrue(page.contains("wrong against these students&#39; own key (per-student values): 5"), page);
  }

  @Test
  void onlyTheFiveMostCommonWrongAnswersAreListedAndTheStudentsBehindTheRestAreCounted() {
    List<Verdict> verdicts = new ArrayList<>();
    for (int i = 0; i < 8; i++) {
      for (int n = 0; n <= i; n++) {
        verdicts.add(verdict(Status.WRONG, 0, "answer " + i, ""));
      }
    }
    QuestionSummary q = QuestionSummary.of(verdicts);
    assertEquals(List.of("answer 7", "answer 6", "answer 5", "answer 4", "answer 3"),
        q.wrongAnswers().stream().map(WrongAnswer::answer).toList());
    assertEquals(3 + 2 + 1, q.otherWrongAnswers());
  }

  @Test
  void theSameResultsInAnyOrderGiveAnEqualSummary() {
    List<SubmissionResult> results = new ArrayList<>(List.of(
        result("ada", "views-slicing", 10, verdict(Status.CORRECT, 2, "True", "")),
        result("ben", "views-slicing", 4, verdict(Status.WRONG, 0, "False", "")),
        result("cleo", "views-slicing", 4, verdict(Status.WRONG, 0, "no", "")),
        result("dan", "aliases", 7, verdict(Status.WRONG, 0, "False", "")),
        SubmissionResult.ungradable("eve", "", "eve.yaml", 0, "eve.yaml:3:5: expected a mapping")));
    ClassSummary first = ClassSummary.of(results, ReportLinks.none());
    Random random = new Random(7);
    for (int shuffle = 0; shuffle < 10; shuffle++) {
      Collections.shuffle(results, random);
      assertEquals(first, ClassSummary.of(results, ReportLinks.none()));
    }
    assertEquals(List.of("aliases", "views-slicing"),
        first.exercises().stream().map(ExerciseSummary::exercise).toList());
    assertEquals(List.of(new WrongAnswer("False", 1, ""), new WrongAnswer("no", 1, "")),
        first.exercises().get(1).questions().get(0).wrongAnswers());
  }

  @Test
  void filesThatCouldNotBeGradedAreListedApartWithTheirLocatedReasonAndReportLink() {
    SubmissionResult broken = SubmissionResult.ungradable("bad", "views-slicing", "subs/bad.yaml", 10,
        "subs/bad.yaml:7:8: expected <block end>");
    ClassSummary summary = ClassSummary.of(List.of(broken,
        result("ada", "views-slicing", 10, verdict(Status.CORRECT, 2, "True", ""))),
        result -> "reports/" + result.student() + ".html");
    assertEquals(2, summary.submissions());
    assertEquals(1, summary.graded());
    assertEquals(List.of(new UngradedSubmission("subs/bad.yaml", "bad", "views-slicing",
        "subs/bad.yaml:7:8: expected <block end>", "reports/bad.html")), summary.ungraded());
    ExerciseSummary exercise = summary.exercises().get(0);
    assertEquals(List.of(new StudentScore("ada", "ada.yaml", 10, 10, "reports/ada.html")), exercise.students());
  }

  @Test
  void scoresFallInTenthsOfTheMaximumWithAFullScoreInTheLastBin() {
    assertEquals(0, ExerciseSummary.bin(0, 10));
    assertEquals(3, ExerciseSummary.bin(0.3, 1), "0.3 * 10 is 2.9999999999999996 in doubles");
    assertEquals(7, ExerciseSummary.bin(7.99, 10));
    assertEquals(9, ExerciseSummary.bin(9, 10));
    assertEquals(9, ExerciseSummary.bin(10, 10));
    assertEquals(9, ExerciseSummary.bin(14, 14));
    assertEquals(0, ExerciseSummary.bin(0, 0));
    ExerciseSummary exercise = ClassSummary.of(List.of(
        result("a", "x", 10), result("b", "x", 4), result("c", "x", 4.5), result("d", "x", 0)),
        ReportLinks.none()).exercises().get(0);
    assertEquals(List.of(1, 0, 0, 0, 2, 0, 0, 0, 0, 1), exercise.histogram());
    assertEquals(4.63, exercise.meanScore());
    assertEquals(4.25, exercise.medianScore(), "the mean of the two middle scores");
  }

  @Test
  void theHardestQuestionHasTheSmallestShareCorrectAndTheFirstWinsATie() {
    ExerciseSummary exercise = ClassSummary.of(List.of(
        result("a", "x", 2, verdict("q1", Status.WRONG), verdict("q2", Status.WRONG), verdict("q3", Status.CORRECT)),
        result("b", "x", 2, verdict("q1", Status.CORRECT), verdict("q2", Status.CORRECT), verdict("q3", Status.WRONG))),
        ReportLinks.none()).exercises().get(0);
    assertEquals("q1", exercise.hardestQuestion().orElseThrow().questionId());
    assertEquals(List.of("q1", "q2", "q3"), exercise.questions().stream().map(QuestionSummary::questionId).toList());
  }

  @Test
  void refusesVerdictsOfSeveralQuestionsInOneQuestionSummary() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> QuestionSummary.of(List.of(verdict("q1", Status.WRONG), verdict("q2", Status.WRONG))));
    assertEquals("verdicts of several questions given for q1", e.getMessage());
  }

  private static SubmissionResult result(String student, String exercise, double score, Verdict... verdicts) {
    return new SubmissionResult(student, exercise, "", student + ".yaml", score, 10, "", List.of(),
        List.of(verdicts), 0, 0);
  }

  private static Verdict verdict(String question, Status status) {
    return new Verdict(question, "value", status, status == Status.CORRECT ? 1 : 0, 1, Visibility.VISIBLE, "", "",
        "a", "b", "", "", "", List.of(), "", MemorySnapshot.EMPTY);
  }

  private static Verdict verdict(Status status, double points, String answer, String misconception) {
    return new Verdict("q2", "value", status, points, 2, Visibility.VISIBLE, "s[0] = 100\narr[:6]\n", "", answer,
        "array([  0,   1, 100,   3,   4,   5])", "", misconception, "", List.of(), "", MemorySnapshot.EMPTY);
  }

  private static Verdict keyed(Status status, String answer, String expected) {
    return new Verdict("q1", "value", status, status == Status.CORRECT ? 1 : 0, 1, Visibility.VISIBLE, "", "", answer,
        expected, "", "", "", List.of(), "", MemorySnapshot.EMPTY);
  }
}
