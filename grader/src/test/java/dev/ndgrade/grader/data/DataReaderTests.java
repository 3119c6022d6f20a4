package dev.ndgrade.grader.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DataReaderTests {

  private final DataReader reader = DataReader.create();

  @Test
  void keepsScalarsAsWrittenSoAnswersSurviveUnchanged() throws DataFormatException {
    DataNode.Mapping root = (DataNode.Mapping) reader.parse("a: True\nb: 80\nc: 1.50\nd: '[1 2]'\n", "f.yaml");
    assertEquals("True", text(root, "a"));
    assertEquals("80", text(root, "b"));
    assertEquals("1.50", text(root, "c"));
    assertEquals("[1 2]", text(root, "d"));
    assertEquals(DataNode.ScalarType.BOOLEAN, ((DataNode.Scalar) root.get("a").orElseThrow()).type());
  }

  @Test
  void locatesYamlSyntaxErrorsByLineAndColumn() {
    DataFormatException error = assertThrows(DataFormatException.class,
        () -> reader.parse("student: dan\nanswers:\n  q1: \"True\n  q2: x\n", "answers.yaml"));
    assertEquals("answers.yaml", error.location().file());
    assertTrue(error.location().line() >= 3, error.getMessage());
    assertTrue(error.getMessage().startsWith("answers.yaml:"), error.getMessage());
  }

  @Test
  void refusesYamlAliasesSoNoBombCanExpand() {
    String bomb = "a: &a [lol, lol]\nb: &b [*a, *a]\nc: [*b, *b]\n";
    DataFormatException error = assertThrows(DataFormatException.class, () -> reader.parse(bomb, "bomb.yaml"));
    assertEquals("bomb.yaml:2:8: YAML aliases (*a) are not accepted; write the value out", error.getMessage());
  }

  @Test
  void refusesNestingDeeperThanTheLimit() {
    String deep = "q: " + "[".repeat(100) + "1" + "]".repeat(100) + "\n";
    DataFormatException error = assertThrows(DataFormatException.class, () -> reader.parse(deep, "deep.yaml"));
    assertTrue(error.problem().contains("nested more than 32 levels"), error.getMessage());
    assertEquals(1, error.location().line());
  }

  @Test
  void refusesDuplicateKeysNamingTheFirst() {
    DataFormatException error = assertThrows(DataFormatException.class,
        () -> reader.parse("q1: a\nq2: b\nq1: c\n", "dup.yaml"));
    assertEquals("dup.yaml:3:1: duplicate key 'q1' (first at line 1)", error.getMessage());
  }

  @Test
  void refusesFilesOverTheSizeLimitBeforeReadingThem(@TempDir Path dir) throws Exception {
    Path big = dir.resolve("big.yaml");
    Files.writeString(big, "a: " + "x".repeat(2_000) + "\n");
    DataReader small = DataReader.withLimits(new DataLimits(1_000, 8, 100, 100));
    DataFormatException error = assertThrows(DataFormatException.class, () -> small.read(big, "big.yaml"));
    assertEquals("big.yaml: the file is 2004 bytes; at most 1000 are accepted", error.getMessage());
  }

  @Test
  void refusesScalarsLongerThanTheLimit() {
    DataReader small = DataReader.withLimits(new DataLimits(100_000, 8, 100, 100));
    DataFormatException error = assertThrows(DataFormatException.class,
        () -> small.parse("a: " + "x".repeat(500) + "\n", "long.yaml"));
    assertTrue(error.getMessage().startsWith("long.yaml:1:"), error.getMessage());
  }

  @Test
  void refusesBytesThatAreNotUtf8(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("bin.yaml");
    Files.write(file, new byte[] {'a', ':', ' ', (byte) 0xff, (byte) 0xfe});
    DataFormatException error = assertThrows(DataFormatException.class, () -> reader.read(file, "bin.yaml"));
    assertEquals("bin.yaml: the file is not UTF-8 text", error.getMessage());
  }

  @Test
  void readsJsonFilesWithJsonRules() throws DataFormatException {
    DataNode root = reader.parse("{\"q1\": true, \"q2\": [1, 2]}", "a.json");
    DataNode.Mapping mapping = assertInstanceOf(DataNode.Mapping.class, root);
    assertInstanceOf(DataNode.Sequence.class, mapping.get("q2").orElseThrow());
    DataFormatException error = assertThrows(DataFormatException.class, () -> reader.parse("{\"q1\": tru}", "b.json"));
    assertTrue(error.getMessage().startsWith("b.json:1:"), error.getMessage());
  }

  @Test
  void refusesAnEmptyFile() {
    DataFormatException error = assertThrows(DataFormatException.class, () -> reader.parse("", "empty.yaml"));
    assertEquals("empty.yaml:1:1: the file is empty", error.getMessage());
  }

  private static String text(DataNode.Mapping mapping, String key) {
    return ((DataNode.Scalar) mapping.get(key).orElseThrow()).text();
  }
}
