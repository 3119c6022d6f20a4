package dev.ndgrade.grader.answer;

import dev.ndgrade.grader.i18n.Messages;
import java.math.BigInteger;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Compares whole numbers of bytes; {@code 8_000}, {@code 8,000} and {@code 8000 bytes} all mean 8000. */
final class BytesComparator implements AnswerComparator {

  private static final Pattern BYTES = Pattern.compile(
      "([0-9][0-9_,]*)\\s*(bytes?|b)?\\.?", Pattern.CASE_INSENSITIVE);

  private final Messages messages;

  BytesComparator(Messages messages) {
    this.messages = messages;
  }

  @Override
  public Match compare(String expected, String given) {
    Optional<BigInteger> want = count(expected);
    Optional<BigInteger> got = count(given);
    if (got.isEmpty()) {
      return Match.none(messages.text("note.bytesWhole"));
    }
    if (want.isEmpty() || !want.get().equals(got.get())) {
      return Match.none();
    }
    return given.strip().equals(want.get().toString()) ? Match.exact()
        : Match.byMeaning(messages.text("note.bytesRight", want.get().toString()));
  }

  private static Optional<BigInteger> count(String text) {
    Matcher matcher = BYTES.matcher(text.strip());
    if (!matcher.matches() || matcher.group(1).length() > 40) {
      return Optional.empty();
    }
    return Optional.of(new BigInteger(matcher.group(1).replace("_", "").replace(",", "")));
  }
}
