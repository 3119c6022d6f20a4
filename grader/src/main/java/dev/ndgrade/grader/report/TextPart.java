package dev.ndgrade.grader.report;

import java.util.ArrayList;
import java.util.List;

/**
 * A run of feedback text, either prose or code: {@code `s.base is arr`} in a sentence becomes a
 * code part, so templates can set it in {@code <code>} without ever emitting unescaped text.
 */
public record TextPart(String text, boolean code) {

  /** Splits {@code sentence} at backticks. */
  static List<TextPart> split(String sentence) {
    List<TextPart> parts = new ArrayList<>();
    String[] pieces = sentence.split("`", -1);
    for (int i = 0; i < pieces.length; i++) {
      if (!pieces[i].isEmpty()) {
        parts.add(new TextPart(pieces[i], i % 2 == 1));
      }
    }
    return parts;
  }
}
