package dev.ndgrade.grader.answer;

import dev.ndgrade.grader.exercise.AnswerKind;
import dev.ndgrade.grader.i18n.Messages;
import java.util.Locale;
import java.util.Set;

/**
 * Compares exception types: {@code IndexError} and {@code IndexError: index 2 is out of bounds...}
 * both name IndexError; {@code none}, {@code no error} and {@code -} mean nothing is raised.
 */
final class ErrorComparator implements AnswerComparator {

  /** How the key says that the code raises nothing. */
  static final String NONE = AnswerKind.NO_ERROR;
  private static final Set<String> NOTHING = Set.of("none", "no error", "nothing", "no exception", "-");

  private final Messages messages;

  ErrorComparator(Messages messages) {
    this.messages = messages;
  }

  @Override
  public Match compare(String expected, String given) {
    String want = type(expected);
    String got = type(given);
    if (want.equals(got)) {
      return given.strip().equals(expected.strip()) || want.equals(NONE) ? Match.exact()
          : Match.byMeaning(messages.text("note.errorTypeOnly"));
    }
    if (want.equalsIgnoreCase(got)) {
      return Match.byMeaning(messages.text("note.errorSpelling", want));
    }
    return Match.none();
  }

  private static String type(String text) {
    String line = text.strip().lines().findFirst().orElse("").strip();
    int colon = line.indexOf(':');
    String type = (colon < 0 ? line : line.substring(0, colon)).strip();
    type = type.endsWith(".") ? type.substring(0, type.length() - 1) : type;
    return NOTHING.contains(type.toLowerCase(Locale.ROOT)) ? NONE : type;
  }
}
