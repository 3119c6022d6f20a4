package dev.ndgrade.grader.authoring;

import dev.ndgrade.grader.answer.LiteralReader;
import dev.ndgrade.ndarray.NdArray;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The kind of value a value answer denotes. A wrong answer that a student could plausibly give
 * has the shape of the key: an array for an array, a bool for a bool.
 */
enum AnswerShape {
  ARRAY, BOOL, NUMBER, TUPLE, LIST, NONE, OTHER;

  private static final Pattern NUMBER_REPR = Pattern.compile("(np\\.[a-z0-9_]+\\()?-?[0-9.e+-]+\\)?|nan|inf|-inf");

  /** The shape of the value {@code text} denotes, empty when it is no literal the reader accepts. */
  static Optional<AnswerShape> of(String text, LiteralReader literals) {
    return literals.read(text).map(value -> value instanceof NdArray ? ARRAY : ofRepr(literals.repr(value)));
  }

  private static AnswerShape ofRepr(String repr) {
    if (repr.equals("True") || repr.equals("False") || repr.equals("np.True_") || repr.equals("np.False_")) {
      return BOOL;
    }
    if (repr.equals("None")) {
      return NONE;
    }
    if (NUMBER_REPR.matcher(repr).matches()) {
      return NUMBER;
    }
    return repr.startsWith("(") ? TUPLE : repr.startsWith("[") ? LIST : OTHER;
  }

  /** Whether a student expecting this shape could write {@code other}: a list for an array is a classic slip. */
  boolean admits(AnswerShape other) {
    return this == other || (this == ARRAY && other == LIST) || (this == LIST && other == ARRAY);
  }

  /** How messages name the shape. */
  String word() {
    return switch (this) {
      case ARRAY -> "an array";
      case BOOL -> "a bool";
      case NUMBER -> "a number";
      case TUPLE -> "a tuple";
      case LIST -> "a list";
      case NONE -> "None";
      case OTHER -> "another kind of value";
    };
  }
}
