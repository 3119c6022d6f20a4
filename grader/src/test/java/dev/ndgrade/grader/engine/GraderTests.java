package dev.ndgrade.grader.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ndgrade.grader.exercise.ExerciseBank;
import dev.ndgrade.grader.json.ResultsJson;
import dev.ndgrade.grader.result.Status;
import dev.ndgrade.grader.result.SubmissionResult;
import dev.ndgrade.grader.result.Verdict;
import java.io.IOException;
import java.net.URI;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Grading the shipped sample answer files on the Launcher. */
class GraderTests {

  private static final Path SAMPLES = Path.of("../exercises/samples");
  private final Grader grader = Grader.of(ExerciseBank.bundled());

  @Test
  void givesFullMarksToEveryCorrectSample() throws IOException {
    for (Path sample : samples("correct")) {
      SubmissionResult result = grade(sample, Scope.ALL);
      assertEquals(result.maxScore(), result.score(), sample + ": " + result.questions());
      assertTrue(result.maxScore() > 0);
    }
  }

  @Test
  void givesFullMarksToRightAnswersInOtherNotationsWithANoteSaidOnce() throws IOException {
    for (Path sample : samples("notation")) {
      SubmissionResult result = grade(sample, Scope.ALL);
      assertEquals(result.maxScore(), result.score(), sample + ": " + result.questions());
    }
    Verdict printForm = verdict(grade(SAMPLES.resolve("notation/cleo-views-slicing.yaml"), Scope.ALL), "q2");
    assertEquals("right: you wrote the array as print() shows it; its repr is array([  0,   1, 100,   3,   4,   5])",
        printForm.note());
  }

  @Test
  void recognisesTheMisconceptionBehindEachWrongAnswer() {
    SubmissionResult ben = grade(SAMPLES.resolve("partly-wrong/ben-aliases-views-copies.yaml"), Scope.ALL);
    assertEquals(Status.WRONG, verdict(ben, "q2").status());
    assertTrue(verdict(ben, "q2").misconception().startsWith("A view does not own 10 elements' worth of memory"));
    assertTrue(verdict(ben, "q5").misconception().startsWith("a is 2-D, so b[0] is the whole first row"));
    assertEquals(Status.PARTIAL, verdict(ben, "q9").status());
    assertEquals(1, verdict(ben, "q9").points());
    assertTrue(verdict(ben, "q2").origins().stream().anyMatch(o -> o.contains("8000-byte buffer alive")));
  }

  @Test
  void checkGradesVisibleQuestionsOnlyAndCountsWhatItLeftOut() {
    SubmissionResult check = grade(SAMPLES.resolve("correct/ada-views-slicing.yaml"), Scope.VISIBLE);
    assertEquals(List.of("q1", "q2", "q3", "q4"), check.questions().stream().map(Verdict::questionId).toList());
    assertEquals(1, check.withheldQuestions());
    assertEquals(2, check.withheldPoints());
    assertEquals(8, check.maxScore());
  }

  @Test
  void givesMalformedFilesZeroWithALocatedReason() {
    SubmissionResult syntax = grade(SAMPLES.resolve("malformed/bad-yaml-syntax.yaml"), Scope.ALL);
    assertTrue(syntax.error().startsWith("samples/malformed/bad-yaml-syntax.yaml:"), syntax.error());
    assertEquals("dan", syntax.student(), "the file's own student line, not its name");
    assertEquals(0, syntax.score());
    SubmissionResult unknown = grade(SAMPLES.resolve("malformed/unknown-exercise.yaml"), Scope.ALL);
    assertTrue(unknown.error().contains("no exercise 'views-slicng'"), unknown.error());
    SubmissionResult types = grade(SAMPLES.resolve("malformed/wrong-types.yaml"), Scope.ALL);
    assertEquals(Status.ERROR, verdict(types, "q1").status());
    assertTrue(verdict(types, "q1").reason().startsWith("samples/malformed/wrong-types.yaml:5:7: the answer must be"),
        verdict(types, "q1").reason());
    assertEquals(Status.CORRECT, verdict(types, "q3").status());
    assertEquals(Status.UNANSWERED, verdict(types, "q5").status());
    SubmissionResult extra = grade(SAMPLES.resolve("malformed/unknown-question.yaml"), Scope.ALL);
    assertEquals(List.of("samples/malformed/unknown-question.yaml:8:3: no question 'q9' in views-slicing; "
        + "this answer was ignored"), extra.notes());
  }

  @Test
  void survivesEveryHostileFileWithoutHarmingTheOthersInTheBatch() throws IOException {
    List<Path> batch = new ArrayList<>(samples("hostile"));
    batch.addAll(samples("malformed"));
    Path correct = SAMPLES.resolve("correct/ada-views-slicing.yaml");
    batch.add(correct);
    List<SubmissionResult> results = batch.stream().map(file -> grade(file, Scope.ALL)).toList();
    SubmissionResult alone = grade(correct, Scope.ALL);
    assertEquals(ResultsJson.write(List.of(alone)), ResultsJson.write(List.of(results.get(results.size() - 1))));
    for (SubmissionResult result : results.subList(0, results.size() - 1)) {
      assertTrue(result.score() < result.maxScore() || result.maxScore() == 0, result.file());
    }
    SubmissionResult bomb = results.stream().filter(r -> r.file().endsWith("anchor-bomb.yaml")).findFirst().orElseThrow();
    assertTrue(bomb.error().contains("YAML aliases (*a) are not accepted"), bomb.error());
    SubmissionResult huge = results.stream().filter(r -> r.file().endsWith("huge-string.yaml")).findFirst().orElseThrow();
    assertEquals("samples/hostile/huge-string.yaml:5:7: the answer is 60000 characters long; at most 10000 are compared",
        verdict(huge, "q1").reason());
    assertEquals(Status.CORRECT, verdict(huge, "q3").status());
  }

  @Test
  void gradingTheSameSubmissionTwiceGivesByteIdenticalJson() {
    List<SubmissionResult> first = List.of(grade(SAMPLES.resolve("partly-wrong/ben-views-slicing.yaml"), Scope.ALL),
        grade(SAMPLES.resolve("hostile/code-injection.yaml"), Scope.ALL));
    List<SubmissionResult> second = List.of(grade(SAMPLES.resolve("partly-wrong/ben-views-slicing.yaml"), Scope.ALL),
        grade(SAMPLES.resolve("hostile/code-injection.yaml"), Scope.ALL));
    assertEquals(ResultsJson.write(first), ResultsJson.write(second));
  }

  @Test
  void gradesAnswerFilesInsideAJarLikeTheBundledSamples(@TempDir Path dir) throws IOException {
    Path jar = dir.resolve("samples.jar");
    try (FileSystem zip = FileSystems.newFileSystem(URI.create("jar:" + jar.toUri()), Map.of("create", "true"))) {
      Path inside = zip.getPath("/samples/ada.yaml");
      Files.createDirectories(inside.getParent());
      Files.copy(SAMPLES.resolve("correct/ada-views-slicing.yaml"), inside);
      SubmissionResult result = grader.grade(inside, "samples/ada.yaml", Scope.ALL);
      assertEquals(10, result.score(), result.toString());
    }
  }

  private SubmissionResult grade(Path file, Scope scope) {
    return grader.grade(file, "samples/" + SAMPLES.relativize(file), scope);
  }

  private static Verdict verdict(SubmissionResult result, String questionId) {
    return result.questions().stream().filter(v -> v.questionId().equals(questionId)).findFirst().orElseThrow();
  }

  private static List<Path> samples(String kind) throws IOException {
    try (Stream<Path> files = Files.list(SAMPLES.resolve(kind))) {
      return files.sorted().toList();
    }
  }
}
