package dev.ndgrade.grader.answer;

import dev.ndgrade.grader.memory.ElementValues;
import dev.ndgrade.ndarray.NdArray;
import dev.ndgrade.ndarray.layout.ShapeText;
import java.util.Arrays;
import java.util.List;
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

  ValueComparator(LiteralReader literals) {
    this.literals = literals;
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
    Optional<Object> got = literals.read(given);
    if (got.isEmpty()) {
      return Match.none("ndgrade could not read this answer as a Python value; write it as Python shows it, e.g. "
          + expected.strip().lines().findFirst().orElse(expected));
    }
    if (want.get() instanceof NdArray wantArray) {
      return got.get() instanceof NdArray gotArray ? arrays(wantArray, gotArray, expected, given)
          : Match.none(looksLikeList(given) ? "this is how a Python list prints; NumPy prints an array as "
              + "array([...]) (its repr) or without commas (print)" : "");
    }
    if (got.get() instanceof NdArray) {
      return Match.none();
    }
    return scalars(literals.repr(want.get()), literals.repr(got.get()));
  }

  private static Match arrays(NdArray want, NdArray got, String expected, String given) {
    if (!Arrays.equals(want.shape(), got.shape())) {
      return Match.none("the shape is " + ShapeText.pythonTuple(got.shape()) + ", not " + ShapeText.pythonTuple(want.shape()));
    }
    if (!sameNumbers(ElementValues.inCOrder(want), ElementValues.inCOrder(got))) {
      return Match.none();
    }
    // print() does not show the dtype, so an answer in print form is judged on values and shape
    boolean printForm = PythonLiteral.isPrintedArrayForm(given);
    if (!want.dtype().name().equals(got.dtype().name()) && !printForm) {
      return Match.none("the values and shape are right, but the dtype is " + got.dtype().name() + ", not "
          + want.dtype().name());
    }
    String shown = expected.strip();
    return Match.byMeaning(printForm
        ? "right: you wrote the array as print() shows it; its repr is " + shown
        : "right: same values, dtype and shape; NumPy's repr writes it as " + shown);
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

  private static Match scalars(String want, String got) {
    if (want.equals(got)) {
      return Match.byMeaning("right; Python writes it as " + want);
    }
    if (plain(want).equals(plain(got))) {
      return Match.byMeaning("right; NumPy 2 shows this value as " + want);
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

  private static boolean looksLikeList(String given) {
    return given.strip().startsWith("[") && given.contains(",");
  }

}
