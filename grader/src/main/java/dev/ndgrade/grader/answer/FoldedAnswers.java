package dev.ndgrade.grader.answer;

import dev.ndgrade.grader.data.Location;
import dev.ndgrade.grader.i18n.Messages;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads an answer written as a folded block ({@code q5: >}) as the literal block ({@code q5: |})
 * the student meant: YAML would join its lines into one, and the printed output they predicted
 * would then fail on line 1. Each such answer gets a located note about the exact form.
 */
final class FoldedAnswers {

  private static final Pattern FOLDED_KEY = Pattern.compile("^( +[A-Za-z0-9_-]+:[ \\t]+)>([-+0-9]*[ \\t]*(?:#.*)?)$");

  /**
   * The answer file's text with every answer's {@code >} turned into {@code |}, and a note for each.
   *
   * @param text the file's text with its line breaks as written
   * @param notes where to add the notes
   */
  static String asLiteral(String text, String shownName, Messages messages, List<String> notes) {
    String[] lines = text.split("\n", -1);
    List<String> found = new ArrayList<>();
    for (int i = 0; i < lines.length; i++) {
      Matcher folded = FOLDED_KEY.matcher(lines[i].endsWith("\r") ? lines[i].substring(0, lines[i].length() - 1)
          : lines[i]);
      if (folded.matches()) {
        String key = folded.group(1).strip();
        found.add(new Location(shownName, i + 1, folded.group(1).length() + 1) + ": "
            + messages.text("answer.folded", key.substring(0, key.length() - 1)));
        lines[i] = folded.group(1) + "|" + folded.group(2) + (lines[i].endsWith("\r") ? "\r" : "");
      }
    }
    notes.addAll(found);
    return found.isEmpty() ? text : String.join("\n", lines);
  }

  private FoldedAnswers() {}
}
