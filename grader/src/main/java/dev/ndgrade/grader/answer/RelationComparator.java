package dev.ndgrade.grader.answer;

import dev.ndgrade.grader.i18n.Messages;
import java.util.Locale;
import java.util.Set;

/** Compares alias / view / copy, ignoring case, an article and a final full stop. */
final class RelationComparator implements AnswerComparator {

  private static final Set<String> WORDS = Set.of("alias", "view", "copy");

  private final Messages messages;

  RelationComparator(Messages messages) {
    this.messages = messages;
  }

  @Override
  public Match compare(String expected, String given) {
    String word = normalise(given);
    if (!WORDS.contains(word)) {
      return Match.none(messages.text("note.relationWord"));
    }
    if (!word.equals(normalise(expected))) {
      return Match.none();
    }
    return given.strip().equals(expected.strip()) ? Match.exact() : Match.byMeaning("");
  }

  private static String normalise(String text) {
    String word = text.strip().toLowerCase(Locale.ROOT);
    word = word.endsWith(".") ? word.substring(0, word.length() - 1) : word;
    for (String article : new String[] {"an ", "a "}) {
      if (word.startsWith(article)) {
        word = word.substring(article.length()).strip();
      }
    }
    return word;
  }
}
