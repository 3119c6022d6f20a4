package dev.ndgrade.grader.answer;

import java.math.BigInteger;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Compares whole numbers of bytes; {@code 8_000}, {@code 8,000} and {@code 8000 bytes} all mean 8000. */
final class BytesComparator implements AnswerComparator {

  private static final Pattern BYTES = Pattern.compile(
      "([0-9][0-9_,]*)\\s*(bytes?|b)?\\.?", Pattern.CASE_INSENSITIVE);

  @Override
  public Match compare(String expected, String given) {
    Optional<BigInteger> want = count(expected);
    Optional<BigInteger> got = count(given);
    if (got.isEmpty()) {
      return Match.none("answer a whole number of bytes, e.g. 800");
    }
    if (want.isEmpty() || !want.get().equals(got.get())) {
      return Match.none();
    }
    return given.strip().equals(want.get().toString()) ? Match.exact()
        : Match.byMeaning("right: " + want.get() + " bytes");
  }

  private static Optional<BigInteger> count(String text) {
    Matcher matcher = BYTES.matcher(text.strip());
    if (!matcher.matches() || matcher.group(1).length() > 40) {
      return Optional.empty();
    }
    return Optional.of(new BigInteger(matcher.group(1).replace("_", "").replace(",", "")));
  }
}
