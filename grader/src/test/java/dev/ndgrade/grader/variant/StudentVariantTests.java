package dev.ndgrade.grader.variant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.ndgrade.grader.data.DataFormatException;
import dev.ndgrade.grader.engine.Grader;
import dev.ndgrade.grader.engine.Scope;
import dev.ndgrade.grader.exercise.Exercise;
import dev.ndgrade.grader.exercise.ExerciseBank;
import dev.ndgrade.grader.json.ResultsJson;
import dev.ndgrade.grader.key.KeyComputer;
import dev.ndgrade.grader.result.SubmissionResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Per-student values: picked from id and seed, bound before the setup, graded per student. */
class StudentVariantTests {

  private static final String EXERCISE = """
      id: sized
      title: Sized
      params:
        n: {range: [2, 9]}
        dt: {choices: [np.int16, np.int64]}
      setup: |
        a = np.arange(n, dtype=dt)
      questions:
        - {id: q1, code: a.nbytes, ask: bytes, explain: n elements of the dtype's size}
        - {id: q2, code: 'a[1:].base is a', ask: value, visibility: hidden, explain: a slice is a view}
      """;

  @TempDir
  Path dir;

  @Test
  void valuesDependOnlyOnSeedExerciseAndStudent() throws Exception {
    Exercise exercise = exercise(EXERCISE);
    Map<String, String> ada = StudentVariant.values(exercise, "ada", "fall-2026");
    assertEquals(ada, StudentVariant.values(exercise, "ada", "fall-2026"));
    assertEquals(List.of("n", "dt"), List.copyOf(ada.keySet()));
    Set<Map<String, String>> seen = new HashSet<>();
    for (int i = 0; i < 40; i++) {
      Map<String, String> values = StudentVariant.values(exercise, "student-" + i, "fall-2026");
      int n = Integer.parseInt(values.get("n"));
      assertTrue(n >= 2 && n <= 9, values.toString());
      assertTrue(values.get("dt").equals("np.int16") || values.get("dt").equals("np.int64"), values.toString());
      seen.add(values);
    }
    assertTrue(seen.size() > 8, "40 students share few variants: " + seen);
    long moved = IntStream.range(0, 20).filter(i -> !StudentVariant.values(exercise, "s" + i, "a")
        .equals(StudentVariant.values(exercise, "s" + i, "b"))).count();
    assertTrue(moved > 10, "another course seed gives most students other values; moved " + moved);
  }

  @Test
  void aVariantBindsItsValuesBeforeTheSetupAndSamplesCoverEveryValue() throws Exception {
    Exercise exercise = exercise(EXERCISE);
    Exercise ada = StudentVariant.of(exercise, "ada", "s");
    Map<String, String> values = StudentVariant.values(exercise, "ada", "s");
    assertEquals("n = " + values.get("n") + "\ndt = " + values.get("dt") + "\na = np.arange(n, dtype=dt)\n", ada.setup());
    assertTrue(ada.params().isEmpty());
    List<StudentVariant.Sample> samples = StudentVariant.samples(exercise);
    assertEquals(8, samples.size(), "as many samples as the longest list of values");
    assertEquals("n = 2, dt = np.int16", samples.get(0).values());
    assertEquals("n = 3, dt = np.int64", samples.get(1).values());
    assertEquals("4", KeyComputer.compute(samples.get(0).exercise()).question("q1").orElseThrow().expected());
  }

  @Test
  void eachStudentIsGradedAgainstTheKeyOfTheirOwnValues() throws Exception {
    exercise(EXERCISE);
    Exercise exercise = ExerciseBank.at(dir, "bank").load("sized");
    String seed = "fall-2026";
    Grader grader = Grader.of(ExerciseBank.at(dir, "bank")).withCourseSeed(seed);
    for (String student : new String[] {"ada", "ben", "cleo"}) {
      Exercise theirs = StudentVariant.of(exercise, student, seed);
      String key = KeyComputer.compute(theirs).question("q1").orElseThrow().expected();
      Path answers = dir.resolve(student + ".yaml");
      Files.writeString(answers, "student: " + student + "\nexercise: sized\nanswers:\n  q1: '" + key + "'\n  q2: 'True'\n");
      SubmissionResult result = grader.grade(answers, student + ".yaml", Scope.ALL);
      assertEquals(2.0, result.score(), student);
      assertEquals(List.of("values for " + student + ": "
          + StudentVariant.describe(StudentVariant.values(exercise, student, seed))), result.notes());
    }
    JsonNode json = new ObjectMapper().readTree(ResultsJson.write(List.of(
        Grader.of(ExerciseBank.at(dir, "bank")).withCourseSeed("another seed").grade(dir.resolve("ada.yaml"),
            "ada.yaml", Scope.ALL))));
    assertTrue(json.get(0).get("notes").get(0).asText().startsWith("values for ada: n = "));
  }

  @Test
  void refusesParametersThatCannotBeUsed() throws Exception {
    for (String params : new String[] {"  n: {range: [5, 2]}", "  n: {range: [1, 2], choices: [3]}",
        "  2n: {choices: [1]}", "  n: {range: [a, 3]}", "  n: {choices: []}"}) {
      String yaml = "id: sized\ntitle: T\nparams:\n" + params + "\nquestions:\n  - {id: q1, code: n, ask: value}\n";
      assertThrows(DataFormatException.class, () -> exercise(yaml), params);
    }
  }

  private Exercise exercise(String yaml) throws Exception {
    Files.createDirectories(dir.resolve("sized"));
    Files.writeString(dir.resolve("sized/exercise.yaml"), yaml);
    return ExerciseBank.at(dir, "bank").load("sized");
  }
}
