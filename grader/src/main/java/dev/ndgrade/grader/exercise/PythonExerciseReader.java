package dev.ndgrade.grader.exercise;

import dev.ndgrade.grader.data.DataFormatException;
import dev.ndgrade.grader.data.DataNode;
import dev.ndgrade.grader.data.FieldReader;
import dev.ndgrade.grader.data.Location;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Reads the Python part of an implement exercise (ARCHITECTURE, "Implement exercise in Python"): the
 * {@code starter}, and the {@code checks}, each one question of kind {@link AnswerKind#TEST} whose code runs after the
 * student's file.
 */
final class PythonExerciseReader {

  static final List<String> KEYS = List.of("id", "title", "points", "source", "lang", "limits", "kind", "language",
      "starter", "checks");
  private static final List<String> CHECK_KEYS = List.of("id", "code", "points", "visibility", "explain", "given",
      "cases", "seed");
  private static final Pattern PYTHON_NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");
  private static final int DEFAULT_CASES = 50;

  private PythonExerciseReader() {}

  /** The checks and starter of the exercise {@code id} read by {@code fields}, its solution from {@code directory}. */
  static Exercise read(FieldReader fields, String id, Path directory, String shownDirectory)
      throws DataFormatException {
    Map<String, Property> properties = new HashMap<>();
    List<Question> checks = checks(fields.requireList("checks"), fields.require("checks"), properties);
    String solution = solution(directory.resolve(PythonChecks.SOLUTION).resolve(id + ".py"),
        shownDirectory + "/" + PythonChecks.SOLUTION + "/" + id + ".py", fields.location());
    return new Exercise(id, fields.requireText("title"), fields.optionalText("source", ""), "", checks,
        fields.location(), ExerciseReader.lang(fields), List.of(), ExerciseReader.limits(fields),
        new PythonChecks(fields.requireText("starter"), solution, properties));
  }

  private static List<Question> checks(List<DataNode> nodes, DataNode list, Map<String, Property> properties)
      throws DataFormatException {
    if (nodes.isEmpty()) {
      throw new DataFormatException(list.location(), "'checks' must list at least one check");
    }
    List<Question> checks = new ArrayList<>();
    Map<String, Location> seen = new HashMap<>();
    for (DataNode node : nodes) {
      FieldReader fields = FieldReader.of(node, "a check").onlyKeys(CHECK_KEYS);
      String checkId = fields.requireText("id", ExerciseReader.QUESTION_ID.asMatchPredicate(),
          "letters, digits, '_' and '-' (at most 32)");
      Location first = seen.putIfAbsent(checkId, fields.location());
      if (first != null) {
        throw new DataFormatException(fields.location(), "duplicate check id '" + checkId + "' (first at line "
            + first.line() + ")");
      }
      property(fields).ifPresent(property -> properties.put(checkId, property));
      checks.add(new Question(checkId, fields.requireText("code"), AnswerKind.TEST, List.of(), "", List.of(),
          fields.optionalPositiveNumber("points", 1), ExerciseReader.visibility(fields),
          fields.optionalText("explain", "").strip(), List.of(), fields.location()));
    }
    return checks;
  }

  /** A property check's drawn input: {@code given} names it, {@code cases} and {@code seed} say which arrays. */
  private static Optional<Property> property(FieldReader fields) throws DataFormatException {
    if (fields.optional("given").isEmpty()) {
      for (String key : List.of("cases", "seed")) {
        if (fields.optional(key).isPresent()) {
          throw new DataFormatException(fields.require(key).location(), "'" + key + "' only applies with 'given'");
        }
      }
      return Optional.empty();
    }
    String name = fields.requireText("given", PYTHON_NAME.asMatchPredicate(), "a Python name");
    int cases = (int) fields.optionalPositiveNumber("cases", DEFAULT_CASES);
    long seed = (long) fields.optionalPositiveNumber("seed", 1);
    return Optional.of(new Property(name, cases, seed));
  }

  private static String solution(Path file, String shown, Location exercise) throws DataFormatException {
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new DataFormatException(exercise, "an implement exercise in Python needs its reference solution "
          + shown);
    }
  }
}
