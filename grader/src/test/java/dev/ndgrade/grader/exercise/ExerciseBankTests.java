package dev.ndgrade.grader.exercise;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ndgrade.grader.data.DataFormatException;
import dev.ndgrade.limits.Limits;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExerciseBankTests {

  @TempDir
  Path dir;

  @Test
  void theBundledJavaExercisesAreTestedByTheirJUnitTests() throws Exception {
    ExerciseBank bank = ExerciseBank.bundled();
    for (String id : java.util.List.of("broadcast-to", "detach-copy", "memory-overlap", "permute-axes",
        "reshape-view", "slice-axis")) {
      Exercise exercise = bank.load(id);
      assertTrue(exercise.implement().orElseThrow() instanceof JavaSources java && java.packageName().equals("views"),
          id);
      assertTrue(exercise.questions().size() >= 3, id);
      assertTrue(exercise.questions().stream().allMatch(q -> q.ask() == AnswerKind.TEST), id);
      assertTrue(exercise.questions().stream().anyMatch(q -> q.visibility() == Visibility.HIDDEN), id);
      assertEquals(10, exercise.points(), id);
    }
  }

  @Test
  void theBundledPythonExercisesAreCheckedByTheReference() throws Exception {
    ExerciseBank bank = ExerciseBank.bundled();
    for (String id : java.util.List.of("column-view", "inplace-center", "keep-head", "no-caller-mutation",
        "reshape-or-refuse", "sliding-windows")) {
      Exercise exercise = bank.load(id);
      assertTrue(exercise.implement().orElseThrow() instanceof PythonChecks python && python.solution().contains("def ")
          && !python.starter().equals(python.solution()), id);
      assertTrue(exercise.questions().stream().allMatch(q -> q.ask() == AnswerKind.TEST && !q.code().isBlank()), id);
      assertTrue(exercise.questions().stream().anyMatch(q -> q.visibility() == Visibility.HIDDEN), id);
      assertEquals(10, exercise.points(), id);
    }
  }

  @Test
  void aPythonImplementExerciseWithoutItsSolutionIsRefused() throws Exception {
    Path exercise = dir.resolve("lonely");
    Files.createDirectories(exercise);
    Files.writeString(exercise.resolve("exercise.yaml"), "id: lonely\ntitle: T\nkind: implement\nlanguage: python\n"
        + "starter: |\n  def f():\n      pass\nchecks:\n  - id: c\n    code: assert f() is None\n");
    DataFormatException e = assertThrows(DataFormatException.class,
        () -> ExerciseBank.at(dir, "bank").load("lonely"));
    assertEquals("bank/lonely/exercise.yaml:1:1: an implement exercise in Python needs its reference solution "
        + "bank/lonely/solution/lonely.py", e.getMessage());
  }

  @Test
  void theBundledBankHoldsAtLeast15ExercisesAnd80QuestionsUsingEveryAnswerKind() throws Exception {
    ExerciseBank bank = ExerciseBank.bundled();
    assertTrue(bank.ids().containsAll(java.util.List.of("aliases-views-copies", "fancy-indexing-copies",
        "views-slicing")), bank.ids().toString());
    assertTrue(bank.ids().size() >= 15, bank.ids().toString());
    int questions = 0;
    Set<AnswerKind> kinds = EnumSet.noneOf(AnswerKind.class);
    for (String id : bank.ids()) {
      Exercise exercise = bank.load(id);
      kinds.addAll(exercise.questions().stream().map(Question::ask).collect(Collectors.toSet()));
      if (exercise.implement().isPresent()) {
        continue;
      }
      questions += exercise.questions().size();
      assertTrue(exercise.questions().stream().anyMatch(q -> !q.misconceptions().isEmpty()), id);
      assertTrue(exercise.questions().stream().anyMatch(q -> q.visibility() == Visibility.HIDDEN), id);
    }
    assertEquals(EnumSet.allOf(AnswerKind.class), kinds);
    assertTrue(questions >= 80, questions + " questions");
  }

  @Test
  void readsEveryFieldOfAQuestion() throws Exception {
    Exercise exercise = ExerciseBank.bundled().load("fancy-indexing-copies");
    Question choice = exercise.question("q7").orElseThrow();
    assertEquals(AnswerKind.CHOICE, choice.ask());
    assertEquals(3, choice.choices().size());
    assertEquals("np.shares_memory(stepped, arr)", choice.choices().get(1).when());
    assertEquals(Visibility.HIDDEN, choice.visibility());
    assertEquals(12, exercise.points());
    assertEquals("exercises/fancy-indexing-copies/exercise.yaml", choice.location().file());
  }

  @Test
  void namesAnUnknownAnswerKindWithItsLocationAndTheKindsExpected() throws IOException {
    DataFormatException error = broken("q1", "    ask: vlaue\n");
    assertEquals("bank/ex/exercise.yaml:7:10: unknown answer kind 'vlaue' "
        + "(expected value, output, relation, error, bytes, choice)", error.getMessage());
  }

  @Test
  void requiresExactlyTwoNamesForARelation() throws IOException {
    DataFormatException error = broken("q1", "    ask: relation\n    of: [a]\n");
    assertEquals("bank/ex/exercise.yaml:8:9: 'of' must name exactly two variables, found 1", error.getMessage());
  }

  @Test
  void refusesUnknownKeysListingTheAcceptedOnes() throws IOException {
    DataFormatException error = broken("q1", "    ask: value\n    pionts: 2\n");
    assertEquals("bank/ex/exercise.yaml:8:5: unknown key 'pionts' in a question (expected id, code, ask, of, "
        + "prompt, choices, points, visibility, explain, misconceptions)", error.getMessage());
  }

  @Test
  void refusesATotalThatIsNotTheSumOfTheQuestions() throws IOException {
    write("id: ex\ntitle: T\npoints: 5\nquestions:\n  - id: q1\n    code: x = 1\n    ask: value\n");
    DataFormatException error = assertThrows(DataFormatException.class, this::load);
    assertEquals("bank/ex/exercise.yaml:3:9: 'points' is 5 but the questions' points add up to 1", error.getMessage());
  }

  @Test
  void refusesAnIdThatIsNotTheDirectoryName() throws IOException {
    write("id: other\ntitle: T\nquestions:\n  - id: q1\n    code: x\n    ask: value\n");
    DataFormatException error = assertThrows(DataFormatException.class, this::load);
    assertEquals("bank/ex/exercise.yaml:1:5: the id 'other' must equal the exercise's directory name 'ex'",
        error.getMessage());
  }

  @Test
  void refusesDuplicateQuestionIds() throws IOException {
    write("id: ex\ntitle: T\nquestions:\n  - id: q1\n    code: x\n    ask: value\n"
        + "  - id: q1\n    code: y\n    ask: value\n");
    DataFormatException error = assertThrows(DataFormatException.class, this::load);
    assertEquals("bank/ex/exercise.yaml:7:5: duplicate question id 'q1' (first at line 4)", error.getMessage());
  }

  @Test
  void readsTheLimitsAnExerciseSetsAndDefaultsTheOthers() throws Exception {
    write("id: ex\ntitle: T\nlimits:\n  steps: 1_000\n  output-bytes: 64\nquestions:\n  - id: q1\n    code: x\n"
        + "    ask: value\n");
    assertEquals(Limits.DEFAULT.with("steps", 1000).with("output-bytes", 64), load().limits());
    assertEquals(Limits.DEFAULT, ExerciseBank.bundled().load("views-slicing").limits());
  }

  @Test
  void refusesUnknownLimitsAndValuesThatAreNotPositiveWholeNumbersWhereTheyAre() throws IOException {
    String head = "id: ex\ntitle: T\nquestions:\n  - id: q1\n    code: x\n    ask: value\nlimits:\n";
    write(head + "  memory: 10\n");
    assertEquals("bank/ex/exercise.yaml:8:3: unknown key 'memory' in 'limits' (expected steps, seconds, array-bytes, "
        + "int-bits, str-chars, list-items, output-bytes)", assertThrows(DataFormatException.class, this::load)
        .getMessage());
    write(head + "  steps: 0\n");
    assertEquals("bank/ex/exercise.yaml:8:10: limit 'steps' must be a positive whole number, found a whole number '0'",
        assertThrows(DataFormatException.class, this::load).getMessage());
    write(head + "  seconds: 2.5\n");
    assertEquals("bank/ex/exercise.yaml:8:12: limit 'seconds' must be a positive whole number, found a decimal number"
        + " '2.5'", assertThrows(DataFormatException.class, this::load).getMessage());
    write(head + "  - steps\n");
    assertEquals("bank/ex/exercise.yaml:8:3: 'limits' must be a mapping of keys to values, found a list",
        assertThrows(DataFormatException.class, this::load).getMessage());
  }

  @Test
  void namesAnUnknownExerciseAndListsTheKnownOnes() throws IOException {
    write("id: ex\ntitle: T\nquestions:\n  - id: q1\n    code: x\n    ask: value\n");
    UnknownExerciseException error = assertThrows(UnknownExerciseException.class,
        () -> ExerciseBank.at(dir, "bank").load("nope"));
    assertEquals("no exercise 'nope' in the bank (exercises: ex)", error.getMessage());
  }

  private DataFormatException broken(String questionId, String askLines) throws IOException {
    write("id: ex\ntitle: T\nsetup: |\n  a = 1\nquestions:\n  - id: " + questionId + "\n" + askLines
        + "    code: a\n");
    return assertThrows(DataFormatException.class, this::load);
  }

  private void write(String yaml) throws IOException {
    Files.createDirectories(dir.resolve("ex"));
    Files.writeString(dir.resolve("ex").resolve("exercise.yaml"), yaml);
  }

  private Exercise load() throws Exception {
    return ExerciseBank.at(dir, "bank").load("ex");
  }
}
