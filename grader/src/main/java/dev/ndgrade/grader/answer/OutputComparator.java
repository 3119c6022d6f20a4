package dev.ndgrade.grader.answer;

import dev.ndgrade.grader.i18n.Messages;
import java.util.List;

/**
 * Compares printed output line by line, with whitespace normalised: a line is compared as its
 * tokens, brackets and commas counting as tokens of their own, so NumPy's column padding
 * ({@code [    4 99999     6]} and {@code [4 99999 6]}) never decides; trailing blank lines are
 * ignored. Each matching line earns its share of the points, out of the longer of the two outputs.
 */
final class OutputComparator implements AnswerComparator {

  private final Messages messages;

  OutputComparator(Messages messages) {
    this.messages = messages;
  }

  @Override
  public Match compare(String expected, String given) {
    List<String> want = lines(expected);
    List<String> got = lines(given);
    int total = Math.max(want.size(), got.size());
    if (total == 0) {
      return Match.exact();
    }
    int matching = 0;
    int firstDifference = -1;
    for (int i = 0; i < total; i++) {
      boolean same = i < want.size() && i < got.size() && tokens(want.get(i)).equals(tokens(got.get(i)));
      if (same) {
        matching++;
      } else if (firstDifference < 0) {
        firstDifference = i;
      }
    }
    if (matching == total) {
      return Match.exact();
    }
    String where = difference(want, got, firstDifference);
    if (matching == 0) {
      return Match.none(where);
    }
    return Match.partial((double) matching / total,
        messages.text("note.linesMatch", String.valueOf(matching), String.valueOf(total), where));
  }

  private String difference(List<String> want, List<String> got, int line) {
    String number = String.valueOf(line + 1);
    if (line >= got.size()) {
      return messages.text("note.lineMissing", number, want.get(line));
    }
    if (line >= want.size()) {
      return messages.plural("note.lineExtra", want.size(), number, String.valueOf(want.size()));
    }
    return messages.text("note.lineDiffers", number, want.get(line));
  }

  /** The lines, stripped, without trailing blank ones. */
  private static List<String> lines(String text) {
    List<String> lines = text.lines().map(String::strip).toList();
    int end = lines.size();
    while (end > 0 && lines.get(end - 1).isEmpty()) {
      end--;
    }
    return lines.subList(0, end);
  }

  private static String tokens(String line) {
    return line.replaceAll("([\\[\\](),])", " $1 ").strip().replaceAll("\\s+", " ");
  }
}
