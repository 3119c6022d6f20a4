package dev.ndgrade.grader.data;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One node of a data file, with where it starts: a mapping, a sequence or a scalar.
 * Scalars keep the text as written, so {@code True}, {@code 80} and {@code 1.50} survive unchanged.
 */
public sealed interface DataNode permits DataNode.Mapping, DataNode.Sequence, DataNode.Scalar {

  /** Where this node starts, never {@code null}. */
  Location location();

  /** What kind of node this is, for messages: "a mapping", "a list", "a number"... */
  String describe();

  /** A mapping with string keys in file order; each value keeps its key's location too. */
  record Mapping(Location location, Map<String, Field> fields) implements DataNode {

    public Mapping {
      Objects.requireNonNull(location, "location must not be null");
      fields = Collections.unmodifiableMap(new LinkedHashMap<>(fields));
    }

    /** The value under {@code key}, if present. */
    public Optional<DataNode> get(String key) {
      return Optional.ofNullable(fields.get(key)).map(Field::value);
    }

    @Override
    public String describe() {
      return "a mapping";
    }
  }

  /** A key of a mapping, where it was written, and its value. */
  record Field(Location keyLocation, DataNode value) {

    public Field {
      Objects.requireNonNull(keyLocation, "keyLocation must not be null");
      Objects.requireNonNull(value, "value must not be null");
    }
  }

  /** A list of nodes in file order. */
  record Sequence(Location location, List<DataNode> items) implements DataNode {

    public Sequence {
      Objects.requireNonNull(location, "location must not be null");
      items = List.copyOf(items);
    }

    @Override
    public String describe() {
      return "a list";
    }
  }

  /** A scalar: its text as written and what YAML or JSON made of it. */
  record Scalar(Location location, String text, ScalarType type) implements DataNode {

    public Scalar {
      Objects.requireNonNull(location, "location must not be null");
      Objects.requireNonNull(text, "text must not be null");
      Objects.requireNonNull(type, "type must not be null");
    }

    @Override
    public String describe() {
      return type.description();
    }
  }

  /** What a scalar was read as. */
  enum ScalarType {
    STRING("a string"), INTEGER("a whole number"), DECIMAL("a decimal number"),
    BOOLEAN("a boolean"), NULL("nothing (null)");

    private final String description;

    ScalarType(String description) {
      this.description = description;
    }

    /** How a message names this type. */
    public String description() {
      return description;
    }
  }
}
