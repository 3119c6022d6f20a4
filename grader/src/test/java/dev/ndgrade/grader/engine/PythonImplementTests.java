package dev.ndgrade.grader.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ndgrade.grader.exercise.Exercise;
import dev.ndgrade.grader.exercise.ExerciseBank;
import dev.ndgrade.grader.exercise.PythonChecks;
import dev.ndgrade.grader.exercise.Question;
import dev.ndgrade.grader.json.ResultsJson;
import dev.ndgrade.grader.pycheck.CheckOutcome;
import dev.ndgrade.grader.pycheck.CheckRunner;
import dev.ndgrade.grader.result.Status;
import dev.ndgrade.grader.result.SubmissionResult;
import dev.ndgrade.grader.result.Verdict;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every Python implement sample, graded for real in one batch: each gets the status per check its
 * {@code # expect:} line names (the statuses CPython + NumPy give, checked by {@code python_checks.py}), hostile
 * ones are contained, and honest ones grade byte for byte the same with or without them.
 */
class PythonImplementTests {

  private static final Path SAMPLES = Path.of("../exercises/samples/python");
  private static final ExerciseBank BANK = ExerciseBank.at(Path.of("../exercises"), "exercises");
  private static final Grader GRADER = Grader.of(BANK);
  private static final List<String> EXERCISES = List.of("column-view", "inplace-center", "keep-head",
      "reshape-or-refuse", "sliding-windows", "no-caller-mutation");
  private static final Map<String, SubmissionResult> BATCH = new LinkedHashMap<>();

  @BeforeAll
  static void gradeTheBatch() throws IOException {
    for (Path sample : samples()) {
      BATCH.put(SAMPLES.relativize(sample).toString(), grade(sample));
    }
  }

  @Test
  void everySampleGetsTheStatusesItExpects() throws IOException {
    assertEquals(20, BATCH.size());
    for (Path sample : samples()) {
      SubmissionResult result = BATCH.get(SAMPLES.relativize(sample).toString());
      assertEquals("", result.error(), sample.toString());
      Map<String, String> actual = result.questions().stream().collect(Collectors.toMap(Verdict::questionId,
          v -> v.status().name().toLowerCase(Locale.ROOT), (a, b) -> a, LinkedHashMap::new));
      assertEquals(expected(sample), actual, sample.toString());
    }
  }

  @Test
  void honestResultsAreByteIdenticalWithOrWithoutHostileNeighbours() throws IOException {
    List<Path> honest = samples().stream().filter(s -> !s.startsWith(SAMPLES.resolve("hostile"))).toList();
    List<SubmissionResult> alone = honest.stream().map(PythonImplementTests::grade).toList();
    List<SubmissionResult> inBatch = honest.stream().map(s -> BATCH.get(SAMPLES.relativize(s).toString())).toList();
    assertEquals(ResultsJson.write(alone), ResultsJson.write(inBatch));
  }

  @Test
  void everySolutionPassesEveryCheckAndEveryStarterFailsOne() throws Exception {
    for (String id : EXERCISES) {
      Exercise exercise = BANK.load(id);
      CheckRunner runner = new CheckRunner(exercise.limits());
      PythonChecks python = (PythonChecks) exercise.implement().orElseThrow();
      for (Question check : exercise.questions()) {
        CheckOutcome outcome = runner.run(python.solution(), id + ".py", check, python.property(check));
        assertEquals(CheckOutcome.Status.PASSED, outcome.status(), id + " " + check.id() + ": " + outcome.error());
      }
      assertTrue(exercise.questions().stream().anyMatch(check -> runner.run(python.starter(), "starter.py", check,
          python.property(check)).status() != CheckOutcome.Status.PASSED), id + "'s starter passes every check");
    }
  }

  @Test
  void aFailingCheckShowsItsMessageItsLineAndTheMemoryAtTheFailure() {
    Verdict leak = verdict("wrong/ben-keep-head.py", "frees-the-base");
    assertEquals("AssertionError: 8000000 bytes still alive", leak.answer());
    assertEquals("Raised at line 4 of the check: assert live_bytes() == 80, f\"{live_bytes()} bytes still alive\"",
        leak.note());
    assertEquals(8_000_000, leak.memory().liveBytes());
    assertTrue(leak.memory().names().stream().anyMatch(b -> b.name().equals("small")), leak.memory().toString());
    assertTrue(leak.explanation().startsWith("A slice is a view"), leak.explanation());
    Verdict loop = verdict("hostile/infinite-loop.py", "allocates-nothing");
    assertEquals("Raised at line 3 of the check: c = column(a, 3); inside column(), line 8 of your file: pass",
        loop.note());
  }

  @Test
  void aPropertyCheckShowsItsSmallestFailingInput() {
    Verdict any = verdict("wrong/ben-no-caller-mutation.py", "any-array-unchanged");
    assertEquals("UFuncTypeError: Cannot cast ufunc 'divide' output from dtype('float64') to dtype('int64') with "
        + "casting rule 'same_kind'", any.answer());
    assertEquals("Smallest failing input (40 drawn, seed 2024): a = np.arange(1, dtype=np.int64). Raised at line 2 "
        + "of the check: normalized(a); inside normalized(), line 6 of your file: a /= a.max()", any.note());
  }

  @Test
  void runawayCodeCostsOnlyTheChecksThatRanIt() {
    Verdict loop = verdict("hostile/infinite-loop.py", "allocates-nothing");
    assertEquals("LimitError: this unit's step count exceeds the limit steps=20000000 (<check allocates-nothing>, "
        + "line 3)", loop.answer());
    assertEquals(7, BATCH.get("hostile/infinite-loop.py").score());
    assertTrue(verdict("hostile/huge-output.py", "values").answer()
        .startsWith("LimitError: the output exceeds the limit output-bytes=1048576"));
    assertTrue(verdict("hostile/memory-bomb.py", "values").answer()
        .startsWith("LimitError: the array data this unit allocates (80000000080 bytes) exceeds the limit"));
    assertEquals("RecursionError: maximum recursion depth exceeded",
        verdict("hostile/deep-recursion.py", "values").answer());
  }

  @Test
  void aFileThatCannotRunMakesEveryCheckAnErrorWithTheReason() {
    for (Verdict verdict : BATCH.get("hostile/syntax-error.py").questions()) {
      assertEquals("SyntaxError: expected ':' (samples/python/hostile/syntax-error.py, line 5)", verdict.reason());
    }
    for (Verdict verdict : BATCH.get("hostile/unsupported.py").questions()) {
      assertTrue(verdict.reason().startsWith("UnsupportedError: ndgrade does not support importing module 'os'"),
          verdict.reason());
    }
  }

  @Test
  void aPythonFileForAJavaExerciseIsRefusedWithTheReason() throws IOException {
    Path file = Files.createTempFile("slice-axis", ".py");
    try {
      Files.writeString(file, "# exercise: slice-axis\n");
      SubmissionResult result = GRADER.grade(file, "slice-axis.py", Scope.ALL);
      assertEquals("slice-axis.py: 'slice-axis' is not an implement exercise in python", result.error());
      assertFalse(result.questions().stream().anyMatch(v -> v.status() == Status.CORRECT));
    } finally {
      Files.delete(file);
    }
  }

  private static Verdict verdict(String sample, String check) {
    return BATCH.get(sample).questions().stream().filter(v -> v.questionId().equals(check)).findFirst()
        .orElseThrow();
  }

  private static Map<String, String> expected(Path sample) throws IOException {
    String line = Files.readAllLines(sample).stream().filter(l -> l.startsWith("# expect: ")).findFirst()
        .orElseThrow();
    Map<String, String> expected = new LinkedHashMap<>();
    Arrays.stream(line.substring("# expect: ".length()).split(" ")).map(pair -> pair.split("="))
        .forEach(pair -> expected.put(pair[0], pair[1]));
    return expected;
  }

  private static List<Path> samples() throws IOException {
    try (Stream<Path> files = Files.walk(SAMPLES)) {
      return new ArrayList<>(files.filter(f -> f.toString().endsWith(".py")).sorted().toList());
    }
  }

  private static SubmissionResult grade(Path sample) {
    return GRADER.grade(sample, "samples/python/" + SAMPLES.relativize(sample), Scope.ALL);
  }
}
