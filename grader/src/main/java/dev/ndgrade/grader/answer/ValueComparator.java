package dev.ndgrade.grader.answer;

import dev.ndgrade.grader.i18n.Messages;
import dev.ndgrade.grader.memory.ElementValues;
import dev.ndgrade.ndarray.NdArray;
import dev.ndgrade.ndarray.layout.ShapeText;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Compares reprs by meaning: arrays by shape, dtype and values (so {@code [17 2 3]} matches
 * {@code array([17, 2, 3])}), other values by their repr, NumPy scalars with their plain value
 * ({@code 3} matches {@code np.int64(3)}), all with a note on the notation.
 */
final class ValueComparator implements AnswerComparator {

  private static final Pattern NUMPY_SCALAR = Pattern.compile("np\\.[a-z0-9_]+\\((.*)\\)", Pattern.DOTALL);

  private final LiteralReader literals;
  private final Messages messages;

  ValueComparator(LiteralReader literals, Messages messages) {
    this.literals = literals;
    this.messages = messages;
  }

  @Override
  public Match compare(String expected, String given) {
    if (AnswerComparator.squash(expected).equals(AnswerComparator.squash(given))) {
      return Match.exact();
    }
    Optional<Object> want = literals.read(expected);
    if (want.isEmpty()) {
      return Match.none();
    }
    Optional<String> asBoolean = pythonBoolean(given);
    if (asBoolean.isPresent()) {
      return booleans(literals.repr(want.get()), asBoolean.get());
    }
    Optional<Object> got = literals.read(given);
    if (got.isEmpty()) {
      // the example shows the kind of value asked for, never the key itself: the question may be hidden
      return Match.none(messages.text("note.unreadable", example(want.get())));
    }
    if (want.get() instanceof NdArray wantArray) {
      return got.get() instanceof NdArray gotArray ? arrays(wantArray, gotArray, expected, given)
          : Match.none(wrongType(given));
    }
    if (got.get() instanceof NdArray) {
      return Match.none();
    }
    return scalars(literals.repr(want.get()), literals.repr(got.get()));
  }

  private Match arrays(NdArray want, NdArray got, String expected, String given) {
    if (!Arrays.equals(want.shape(), got.shape())) {
      return Match.none(messages.text("note.shape", ShapeText.pythonTuple(got.shape()), ShapeText.pythonTuple(want.shape())));
    }
    if (!sameNumbers(ElementValues.inCOrder(want), ElementValues.inCOrder(got))) {
      return Match.none();
    }
    // print() does not show the dtype, so an answer in print form is judged on values and shape
    boolean printForm = PythonLiteral.isPrintedArrayForm(given);
    if (!want.dtype().name().equals(got.dtype().name()) && !printForm) {
      return Match.none(messages.text("note.dtype", got.dtype().name(), want.dtype().name()));
    }
    String shown = expected.strip();
    return Match.byMeaning(messages.text(printForm ? "note.printForm" : "note.sameArray", shown));
  }

  /** Element by element, equal as written or as numbers ({@code 1} and {@code 1.0}), so dtype can be judged apart. */
  private static boolean sameNumbers(List<String> want, List<String> got) {
    if (want.size() != got.size()) {
      return false;
    }
    for (int i = 0; i < want.size(); i++) {
      if (!want.get(i).equals(got.get(i)) && !sameNumber(want.get(i), got.get(i))) {
        return false;
      }
    }
    return true;
  }

  private static boolean sameNumber(String a, String b) {
    try {
      return Double.parseDouble(a) == Double.parseDouble(b);
    } catch (NumberFormatException notNumbers) {
      return false;
    }
  }

  private Match scalars(String want, String got) {
    if (want.equals(got)) {
      return Match.byMeaning(messages.text("note.pythonWrites", want));
    }
    if (plain(want).equals(plain(got))) {
      return Match.byMeaning(messages.text("note.numpyShows", want));
    }
    return Match.none();
  }

  /** {@code np.int64(3)} → {@code 3}, {@code np.True_} → {@code True}. */
  private static String plain(String repr) {
    if (repr.equals("np.True_") || repr.equals("np.False_")) {
      return repr.substring(3, repr.length() - 1);
    }
    Matcher scalar = NUMPY_SCALAR.matcher(repr);
    return scalar.matches() ? scalar.group(1) : repr;
  }

  /** Why an answer that is not an array gets nothing when the code gives one. */
  private String wrongType(String given) {
    if (given.strip().startsWith("[") && given.contains(",")) {
      return messages.text("note.listForArray");
    }
    return messages.text("note.notAnArray");
  }

  /**
   * A boolean written in another case or as YAML's {@code yes}/{@code no}/{@code on}/{@code off}
   * ({@code TRUE}, {@code yes}) as Python writes it; empty for any other answer.
   */
  private static Optional<String> pythonBoolean(String given) {
    String word = given.strip().toLowerCase(Locale.ROOT);
    if (given.strip().equals("True") || given.strip().equals("False")) {
      return Optional.empty();
    }
    return switch (word) {
      case "true", "yes", "on" -> Optional.of("True");
      case "false", "no", "off" -> Optional.of("False");
      default -> Optional.empty();
    };
  }

  private Match booleans(String want, String got) {
    if (!plain(want).equals(got)) {
      return Match.none();
    }
    return Match.byMeaning(messages.text("note.pythonWrites", want));
  }

  /** An example of the kind of value the key is, for an answer that cannot be read. */
  private String example(Object want) {
    if (want instanceof NdArray) {
      return messages.text("note.example.array");
    }
    String repr = literals.repr(want);
    if (plain(repr).equals("True") || plain(repr).equals("False")) {
      return messages.text("note.example.boolean");
    }
    return messages.text(repr.startsWith("(") ? "note.example.tuple" : "note.example.any");
  }

}
