package dev.ndgrade.grader.key;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.ndgrade.grader.exercise.Exercise;
import dev.ndgrade.grader.exercise.ExerciseBank;
import dev.ndgrade.grader.memory.ArrayBox;
import dev.ndgrade.grader.memory.MemorySnapshot;
import dev.ndgrade.grader.variant.StudentVariant;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/** The keys the reference computes equal the keys real NumPy gives (golden files from answer_keys.py). */
class KeyComputerTests {

  /** Only predict exercises have a key; implement exercises are graded by their tests. */
  private static boolean isPredict(ExerciseBank bank, String id) {
    try {
      return bank.load(id).implement().isEmpty();
    } catch (Exception e) {
      return true;
    }
  }

  @TestFactory
  Stream<DynamicTest> everyBundledExercisesKeyMatchesNumPy() {
    ExerciseBank bank = ExerciseBank.bundled();
    return bank.ids().stream().filter(id -> isPredict(bank, id)).map(id -> DynamicTest.dynamicTest(id, () -> {
      // a parameterised exercise is checked as its first sample, as answer_keys.py writes it
      AnswerKey key = KeyComputer.compute(StudentVariant.samples(bank.load(id)).get(0).exercise());
      JsonNode golden = golden(id).get("questions");
      assertEquals(golden.size(), key.questions().size());
      for (QuestionKey question : key.questions()) {
        JsonNode want = golden.get(question.questionId());
        assertEquals(want.get("key").asText(), question.expected(), id + " " + question.questionId());
        assertEquals(want.get("output").asText(), question.transcript(), id + " " + question.questionId() + " output");
      }
    }));
  }

  @TestFactory
  Stream<DynamicTest> noGeneratedExplanationContradictsItself() {
    // issue 13, finding 6: "made by reshape, which makes a view (... so reshape copied ...)"
    ExerciseBank bank = ExerciseBank.bundled();
    return bank.ids().stream().filter(id -> isPredict(bank, id)).map(id -> DynamicTest.dynamicTest(id, () -> {
      for (var sample : StudentVariant.samples(bank.load(id))) {
        for (QuestionKey question : KeyComputer.compute(sample.exercise()).questions()) {
          question.origins().forEach(sentence -> assertConsistent(id + " " + question.questionId(), sentence));
        }
      }
    }));
  }

  @Test
  void aReshapeThatCopiesIsExplainedAsACopyThoughItReturnsAViewOfIt(@TempDir Path dir) throws Exception {
    Exercise exercise = exercise(dir, "setup: a = np.arange(6).reshape(2, 3)\nquestions:\n"
        + "  - id: q1\n    code: |\n      b = a.T.reshape(6)\n      b.base is None\n    ask: value\n");
    List<String> origins = KeyComputer.compute(exercise).question("q1").orElseThrow().origins();
    assertTrue(origins.get(0).startsWith("`b` was made by reshape, which copies ("), origins.get(0));
    origins.forEach(sentence -> assertConsistent("q1", sentence));
  }

  @Test
  void aKoreanExercisesOriginSentencesAreKorean() throws Exception {
    // issue 12: how each array was made, in the exercise's language
    AnswerKey key = KeyComputer.compute(ExerciseBank.bundled().load("copy-view-ko"));
    List<String> origins = key.questions().stream().flatMap(q -> q.origins().stream()).toList();
    assertTrue(!origins.isEmpty() && origins.stream().allMatch(sentence -> sentence.contains("로 만들어졌고")),
        String.join("\n", origins));
  }

  /** A sentence says one thing about how its array was made: a view, or a copy, never both. */
  private static void assertConsistent(String where, String sentence) {
    boolean saysView = sentence.contains("which makes a view") || sentence.contains("it shares the buffer of");
    boolean saysCopy = sentence.contains("copied") || sentence.contains("which copies")
        || sentence.contains("it owns its buffer");
    assertTrue(!(saysView && saysCopy), where + ": " + sentence);
  }

  @Test
  void recordsMemoryAfterEachQuestionIncludingBasesNoNameRefersTo() throws Exception {
    AnswerKey key = KeyComputer.compute(ExerciseBank.bundled().load("aliases-views-copies"));
    MemorySnapshot afterDel = key.question("q2").orElseThrow().memory();
    assertEquals(8000, afterDel.liveBytes());
    assertEquals(1, afterDel.names().size(), "only small is bound after del big");
    ArrayBox small = afterDel.array(afterDel.names().get(0).arrayId()).orElseThrow();
    assertTrue(small.isView());
    ArrayBox big = afterDel.array(small.baseId()).orElseThrow();
    assertTrue(afterDel.namesOf(big.id()).isEmpty());
    assertEquals(8000, afterDel.buffers().get(0).nbytes());
    assertTrue(key.question("q2").orElseThrow().origins().get(0).contains("keeps that array's whole 8000-byte buffer alive"),
        key.question("q2").orElseThrow().origins().toString());
  }

  @Test
  void numbersEachArrayOnceForTheWholeRun(@TempDir Path dir) throws Exception {
    // issue 13, finding 6: numbered afresh, the base no name refers to was #2 in q1 and #3 in q2
    Exercise exercise = exercise(dir, "setup: x = np.arange(6).reshape(2, 3)\nquestions:\n"
        + "  - id: q1\n    code: x.base is None\n    ask: value\n"
        + "  - id: q2\n    code: |\n      y = x.T\n      y.base is x\n    ask: value\n");
    AnswerKey key = KeyComputer.compute(exercise);
    Set<Integer> baseNumbers = new HashSet<>();
    Set<Integer> xNumbers = new HashSet<>();
    for (QuestionKey question : key.questions()) {
      MemorySnapshot memory = question.memory();
      int x = memory.names().stream().filter(b -> b.name().equals("x")).findFirst().orElseThrow().arrayId();
      xNumbers.add(x);
      baseNumbers.add(memory.array(x).orElseThrow().baseId());
    }
    assertEquals(Set.of(1), xNumbers);
    assertEquals(1, baseNumbers.size(), "the base's numbers: " + baseNumbers);
  }

  @Test
  void explainsFromOriginRecordsWhyAMaskedArrayOwnsItsData() throws Exception {
    AnswerKey key = KeyComputer.compute(ExerciseBank.bundled().load("fancy-indexing-copies"));
    String origins = String.join(" ", key.question("q3").orElseThrow().origins());
    assertTrue(origins.contains("`arr3` was made by boolean"), origins);
    assertTrue(origins.contains("so `arr3.base is None`"), origins);
  }

  @Test
  void refusesAValueQuestionWhoseCodeShowsNoValue(@TempDir Path dir) throws Exception {
    Exercise exercise = exercise(dir, "questions:\n  - id: q1\n    code: x = np.arange(3)\n    ask: value\n");
    ExerciseKeyException error = assertThrows(ExerciseKeyException.class, () -> KeyComputer.compute(exercise));
    assertEquals("bank/ex/exercise.yaml:4:5: question q1: the last statement shows no value "
        + "(it must be an expression that is not None)", error.getMessage());
  }

  @Test
  void refusesAChoiceWithMoreThanOneTrueOption(@TempDir Path dir) throws Exception {
    Exercise exercise = exercise(dir, "questions:\n  - id: q1\n    code: a = np.arange(3)\n    ask: choice\n"
        + "    choices:\n      - {label: a, text: x, when: 'a.base is None'}\n"
        + "      - {label: b, text: y, when: 'a.size == 3'}\n");
    ExerciseKeyException error = assertThrows(ExerciseKeyException.class, () -> KeyComputer.compute(exercise));
    assertTrue(error.getMessage().endsWith("question q1: exactly one choice must be true, found 2 (a, b)"),
        error.getMessage());
  }

  @Test
  void refusesASetupThatRaises(@TempDir Path dir) throws Exception {
    Exercise exercise = exercise(dir, "setup: a = np.arange(3)[5]\nquestions:\n  - id: q1\n    code: a\n    ask: value\n");
    ExerciseKeyException error = assertThrows(ExerciseKeyException.class, () -> KeyComputer.compute(exercise));
    assertEquals("bank/ex/exercise.yaml:1:1: the setup raised IndexError: "
        + "index 5 is out of bounds for axis 0 with size 3", error.getMessage());
  }

  @Test
  void aQuestionOverALimitAndEveryLaterOneHaveNoKeyWhileTheEarlierOnesDo(@TempDir Path dir) throws Exception {
    Exercise exercise = exercise(dir, "limits: {steps: 1000}\nquestions:\n"
        + "  - id: q1\n    code: a = np.arange(3)\n    ask: choice\n"
        + "    choices:\n      - {label: a, text: x, when: 'a.size == 3'}\n      - {label: b, text: y, when: 'False'}\n"
        + "  - id: q2\n    code: |\n      for i in range(10**6):\n          a[0] = i\n    ask: output\n"
        + "  - id: q3\n    code: a[0]\n    ask: value\n");
    AnswerKey key = KeyComputer.compute(exercise);
    assertEquals("a", key.question("q1").orElseThrow().expected());
    assertEquals("the answer key cannot be computed: question q2 raised LimitError: this unit's step count exceeds"
        + " the limit steps=1000 (bank/ex/exercise.yaml (q2), line 1) (the exercise's 'limits' can raise it)",
        key.unknownBecause("q2").orElseThrow());
    assertEquals("the answer key cannot be computed: question q2 went over a limit, so the reference does not know"
        + " the state this question starts from", key.unknownBecause("q3").orElseThrow());
    assertEquals(1, key.questions().size());
  }

  @Test
  void aChoiceWhoseConditionGoesOverALimitHasNoKey(@TempDir Path dir) throws Exception {
    Exercise exercise = exercise(dir, "questions:\n  - id: q1\n    code: a = 1\n    ask: choice\n"
        + "    choices:\n      - {label: a, text: x, when: '2**10**9 > 0'}\n      - {label: b, text: y, when: 'False'}\n");
    assertEquals("the answer key cannot be computed: question q1 raised LimitError: an int of 1000000001 bits exceeds"
        + " the limit int-bits=1000000 (<answer>, line 1) in choice a's 'when' (the exercise's 'limits' can raise it)",
        KeyComputer.compute(exercise).unknownBecause("q1").orElseThrow());
  }

  private static Exercise exercise(Path dir, String rest) throws Exception {
    Files.createDirectories(dir.resolve("ex"));
    Files.writeString(dir.resolve("ex/exercise.yaml"), "id: ex\ntitle: T\n" + rest);
    return ExerciseBank.at(dir, "bank").load("ex");
  }

  private static JsonNode golden(String id) throws Exception {
    try (InputStream in = KeyComputerTests.class.getResourceAsStream("/golden/keys/" + id + ".json")) {
      return new ObjectMapper().readTree(in);
    }
  }

}
