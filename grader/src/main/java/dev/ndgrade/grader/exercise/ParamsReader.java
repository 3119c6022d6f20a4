package dev.ndgrade.grader.exercise;

import dev.ndgrade.grader.data.DataFormatException;
import dev.ndgrade.grader.data.DataNode;
import dev.ndgrade.grader.data.FieldReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Reads an exercise's optional {@code params:}: each name maps to {@code range: [LOW, HIGH]}
 * (whole numbers, both included) or {@code choices: [...]} (Python expressions).
 */
final class ParamsReader {

  private static final Pattern PYTHON_NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");
  private static final int MAX_VALUES = 1000;

  private ParamsReader() {}

  static List<Param> read(FieldReader exercise) throws DataFormatException {
    if (exercise.optional("params").isEmpty()) {
      return List.of();
    }
    FieldReader params = FieldReader.of(exercise.require("params"), "'params'");
    List<Param> read = new ArrayList<>();
    for (Map.Entry<String, DataNode.Field> entry : params.mapping().fields().entrySet()) {
      if (!PYTHON_NAME.matcher(entry.getKey()).matches()) {
        throw new DataFormatException(entry.getValue().keyLocation(), "a parameter's name must be a Python name, found '"
            + FieldReader.shorten(entry.getKey()) + "'");
      }
      read.add(param(entry.getKey(), entry.getValue().value()));
    }
    return read;
  }

  private static Param param(String name, DataNode node) throws DataFormatException {
    FieldReader fields = FieldReader.of(node, "parameter '" + name + "'").onlyKeys(List.of("range", "choices"));
    if (fields.optional("range").isPresent() == fields.optional("choices").isPresent()) {
      throw new DataFormatException(fields.location(), "parameter '" + name + "' needs exactly one of 'range' "
          + "(e.g. range: [3, 9]) and 'choices' (e.g. choices: [2, 3])");
    }
    List<String> values = fields.optional("range").isPresent() ? range(fields) : choices(fields);
    return new Param(name, values, fields.location());
  }

  private static List<String> range(FieldReader fields) throws DataFormatException {
    List<DataNode> bounds = fields.requireList("range");
    DataNode node = fields.require("range");
    if (bounds.size() != 2) {
      throw new DataFormatException(node.location(), "'range' must be [LOW, HIGH], found " + bounds.size() + " items");
    }
    long low = whole(bounds.get(0));
    long high = whole(bounds.get(1));
    if (high < low || high - low >= MAX_VALUES) {
      throw new DataFormatException(node.location(), "'range' must go up, with at most " + MAX_VALUES + " values");
    }
    List<String> values = new ArrayList<>();
    for (long value = low; value <= high; value++) {
      values.add(Long.toString(value));
    }
    return values;
  }

  private static long whole(DataNode node) throws DataFormatException {
    String text = node instanceof DataNode.Scalar scalar ? scalar.text() : "";
    if (!text.matches("-?[0-9]{1,15}")) {
      throw new DataFormatException(node.location(), "a range bound must be a whole number, found "
          + FieldReader.describeValue(node));
    }
    return Long.parseLong(text);
  }

  private static List<String> choices(FieldReader fields) throws DataFormatException {
    List<String> values = new ArrayList<>();
    for (DataNode choice : fields.requireList("choices")) {
      if (!(choice instanceof DataNode.Scalar scalar) || scalar.text().isBlank()) {
        throw new DataFormatException(choice.location(), "a choice must be a Python expression, found "
            + FieldReader.describeValue(choice));
      }
      values.add(scalar.text());
    }
    if (values.isEmpty() || values.size() > MAX_VALUES) {
      throw new DataFormatException(fields.require("choices").location(), "'choices' must list 1 to " + MAX_VALUES
          + " values");
    }
    return values;
  }
}
