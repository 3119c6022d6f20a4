package dev.ndgrade.grader.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * One real {@code ndgrade batch} over the bundled exercises plus four whose last question is a bomb (a nested loop
 * of 10**10 passes, a big-integer multiply, a 74.5 GiB array, 15 MB of printing), with the honest sample answers
 * and an answer file for each bomb. Each bomb costs exactly its own question; every honest file's result and report
 * are the bytes a batch without the bombs writes.
 */
class HostileBatchTests {

  private static final Path BUNDLED = Path.of("../exercises");
  private static final List<String> HONEST = List.of("correct", "partly-wrong", "notation");
  /** Each bomb's code, and the limit its LimitError names. */
  private static final Map<String, String[]> BOMBS = Map.of(
      "bomb-loop", new String[] {"n = 0\nfor i in range(10**5):\n    for j in range(10**5):\n        n += 1\nn\n",
          "value", "exceeds the limit steps=20000000"},
      "bomb-bigint", new String[] {"x = 3**600000\ny = x * x * x\ny % 10\n", "value",
          "an int of 1901956 bits exceeds the limit int-bits=1000000"},
      "bomb-memory", new String[] {"big = np.ones((100000, 100000))\nbig.nbytes\n", "value",
          "an array of 80000000000 bytes exceeds the limit array-bytes=2147483648"},
      "bomb-print", new String[] {"s = 'x' * 1_000_000\nfor i in range(15):\n    print(s)\n", "output",
          "the output exceeds the limit output-bytes=1048576"});

  @TempDir
  static Path dir;
  private static JsonNode withBombs;
  private static JsonNode withoutBombs;

  @BeforeAll
  static void gradeTheClassWithAndWithoutTheBombs() throws IOException {
    Path honestBank = copy(BUNDLED, dir.resolve("bank"), p -> !p.startsWith(BUNDLED.resolve("samples")));
    Path hostileBank = copy(honestBank, dir.resolve("bank-with-bombs"), p -> true);
    Path honest = dir.resolve("class/honest");
    for (String group : HONEST) {
      copy(BUNDLED.resolve("samples").resolve(group), honest.resolve(group), p -> true);
    }
    Path bombAnswers = Files.createDirectories(dir.resolve("class/bombs"));
    for (Map.Entry<String, String[]> bomb : BOMBS.entrySet()) {
      writeBomb(hostileBank.resolve(bomb.getKey()), bomb.getKey(), bomb.getValue());
      Files.writeString(bombAnswers.resolve("mallory-" + bomb.getKey() + ".yaml"), "student: mallory\nexercise: "
          + bomb.getKey() + "\nanswers:\n  q1: \"True\"\n  q2: \"1\"\n");
    }
    withBombs = batch(hostileBank, dir.resolve("out-bombs"), honest, bombAnswers);
    withoutBombs = batch(honestBank, dir.resolve("out-honest"), honest);
  }

  @Test
  void everyHonestFileGetsTheBytesABatchWithoutTheBombsGivesIt() throws IOException {
    Map<String, JsonNode> alone = byFile(withoutBombs);
    Map<String, JsonNode> beside = byFile(withBombs);
    assertEquals(9, alone.size());
    for (Map.Entry<String, JsonNode> result : alone.entrySet()) {
      assertEquals(result.getValue(), beside.get(result.getKey()), result.getKey());
    }
    try (Stream<Path> reports = Files.list(dir.resolve("out-honest/reports"))) {
      for (Path report : reports.toList()) {
        assertArrayEquals(Files.readAllBytes(report),
            Files.readAllBytes(dir.resolve("out-bombs/reports").resolve(report.getFileName())), report.toString());
      }
    }
  }

  @Test
  void eachBombIsAnErrorOfItsOwnQuestionWithItsLimitErrorAndTheOtherQuestionIsGraded() {
    Map<String, JsonNode> results = byFile(withBombs);
    for (Map.Entry<String, String[]> bomb : BOMBS.entrySet()) {
      JsonNode result = results.get(dir.resolve("class/bombs/mallory-" + bomb.getKey() + ".yaml").toString());
      assertEquals("graded", result.get("status").asText(), bomb.getKey());
      JsonNode questions = result.get("questions");
      assertEquals("correct", questions.get(0).get("status").asText(), bomb.getKey());
      assertEquals("error", questions.get(1).get("status").asText(), bomb.getKey());
      String reason = questions.get(1).get("reason").asText();
      assertTrue(reason.startsWith("the answer key cannot be computed: question q2 raised LimitError: "), reason);
      assertTrue(reason.contains(bomb.getValue()[2]), reason);
      assertEquals(1.0, result.get("score").asDouble(), bomb.getKey());
    }
  }

  private static void writeBomb(Path directory, String id, String[] bomb) throws IOException {
    Files.createDirectories(directory);
    Files.writeString(directory.resolve("exercise.yaml"), "id: " + id + "\ntitle: A bomb\nquestions:\n"
        + "  - id: q1\n    code: |\n      a = np.arange(6)\n      b = a[::2]\n      b.base is a\n    ask: value\n"
        + "  - id: q2\n    ask: " + bomb[1] + "\n    code: |\n" + bomb[0].indent(6));
  }

  private static JsonNode batch(Path bank, Path out, Path... answers) throws IOException {
    String[] args = Stream.concat(Stream.of("batch", "--exercises", bank.toString(), "--out", out.toString()),
        Stream.of(answers).map(Path::toString)).toArray(String[]::new);
    CommandLine commandLine = NdgradeCommand.commandLine(args);
    commandLine.setOut(new PrintWriter(new StringWriter(), true));
    commandLine.setErr(new PrintWriter(new StringWriter(), true));
    commandLine.execute(args);
    return new ObjectMapper().readTree(out.resolve("results.json").toFile());
  }

  private static Map<String, JsonNode> byFile(JsonNode results) {
    Map<String, JsonNode> byFile = new HashMap<>();
    results.forEach(result -> byFile.put(result.get("file").asText(), result));
    return byFile;
  }

  private static Path copy(Path from, Path to, Predicate<Path> keep) throws IOException {
    try (Stream<Path> files = Files.walk(from)) {
      for (Path file : files.filter(Files::isRegularFile).filter(keep).toList()) {
        Path copy = to.resolve(from.relativize(file).toString());
        Files.createDirectories(copy.getParent());
        Files.copy(file, copy);
      }
    }
    return to;
  }
}
