package dev.ndgrade.grader.data;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Typed, located access to the fields of one mapping, so readers of exercise and answer files
 * phrase every complaint the same way: {@code file:line:col: 'points' must be a number, found a string}.
 */
public final class FieldReader {

  private final DataNode.Mapping mapping;
  private final String what;

  private FieldReader(DataNode.Mapping mapping, String what) {
    this.mapping = mapping;
    this.what = what;
  }

  /**
   * A reader over {@code node}, which must be a mapping.
   *
   * @param what how messages name this mapping, e.g. "an exercise" or "question q2"
   */
  public static FieldReader of(DataNode node, String what) throws DataFormatException {
    if (node instanceof DataNode.Mapping mapping) {
      return new FieldReader(mapping, what);
    }
    throw new DataFormatException(node.location(), what + " must be a mapping of keys to values, found "
        + node.describe());
  }

  /** Where the mapping starts. */
  public Location location() {
    return mapping.location();
  }

  /** The mapping itself. */
  public DataNode.Mapping mapping() {
    return mapping;
  }

  /** Refuses any key not in {@code known}, listing the accepted ones in the given order. */
  public FieldReader onlyKeys(List<String> known) throws DataFormatException {
    Set<String> accepted = Set.copyOf(known);
    for (var entry : mapping.fields().entrySet()) {
      if (!accepted.contains(entry.getKey())) {
        throw new DataFormatException(entry.getValue().keyLocation(), "unknown key '" + shorten(entry.getKey())
            + "' in " + what + " (expected " + String.join(", ", known) + ")");
      }
    }
    return this;
  }

  /** The node under {@code key}, which must be present. */
  public DataNode require(String key) throws DataFormatException {
    Optional<DataNode> node = mapping.get(key);
    if (node.isEmpty()) {
      throw new DataFormatException(mapping.location(), what + " needs '" + key + "'");
    }
    return node.get();
  }

  /** The node under {@code key}, if present. */
  public Optional<DataNode> optional(String key) {
    return mapping.get(key);
  }

  /** A required string (YAML scalars that look like numbers are accepted as their text). */
  public String requireText(String key) throws DataFormatException {
    return text(key, require(key));
  }

  /** An optional string, or {@code fallback}. */
  public String optionalText(String key, String fallback) throws DataFormatException {
    Optional<DataNode> node = mapping.get(key);
    return node.isPresent() ? text(key, node.get()) : fallback;
  }

  /** A required string that {@code rule} accepts; {@code ruleText} says what the rule wants. */
  public String requireText(String key, Predicate<String> rule, String ruleText) throws DataFormatException {
    DataNode node = require(key);
    String text = text(key, node);
    if (!rule.test(text)) {
      throw new DataFormatException(node.location(), "'" + key + "' must be " + ruleText + ", found '"
          + shorten(text) + "'");
    }
    return text;
  }

  /** An optional positive number, or {@code fallback}. */
  public double optionalPositiveNumber(String key, double fallback) throws DataFormatException {
    Optional<DataNode> found = mapping.get(key);
    if (found.isEmpty()) {
      return fallback;
    }
    DataNode node = found.get();
    if (node instanceof DataNode.Scalar scalar && (scalar.type() == DataNode.ScalarType.INTEGER
        || scalar.type() == DataNode.ScalarType.DECIMAL)) {
      double value = Double.parseDouble(scalar.text().replace("_", ""));
      if (value > 0 && Double.isFinite(value)) {
        return value;
      }
    }
    throw new DataFormatException(node.location(), "'" + key + "' must be a positive number, found "
        + describeValue(node));
  }

  /** A required list. */
  public List<DataNode> requireList(String key) throws DataFormatException {
    DataNode node = require(key);
    if (node instanceof DataNode.Sequence sequence) {
      return sequence.items();
    }
    throw new DataFormatException(node.location(), "'" + key + "' must be a list, found " + node.describe());
  }

  /** An optional list, empty when absent. */
  public List<DataNode> optionalList(String key) throws DataFormatException {
    return mapping.get(key).isPresent() ? requireList(key) : List.of();
  }

  private static String text(String key, DataNode node) throws DataFormatException {
    if (node instanceof DataNode.Scalar scalar && scalar.type() != DataNode.ScalarType.NULL) {
      return scalar.text();
    }
    throw new DataFormatException(node.location(), "'" + key + "' must be text, found " + node.describe());
  }

  /** How a message shows a found value: its kind, and its text when it is a short scalar. */
  public static String describeValue(DataNode node) {
    if (node instanceof DataNode.Scalar scalar && scalar.type() != DataNode.ScalarType.NULL) {
      return scalar.describe() + " '" + shorten(scalar.text()) + "'";
    }
    return node.describe();
  }

  /** Text cut to a length a message can show. */
  public static String shorten(String text) {
    String oneLine = text.replace("\n", "\\n");
    return oneLine.length() <= 40 ? oneLine : oneLine.substring(0, 40) + "… (" + text.length() + " characters)";
  }
}
