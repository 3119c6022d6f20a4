package dev.ndgrade.grader.answer;

import dev.ndgrade.grader.data.DataFormatException;
import dev.ndgrade.grader.data.DataSyntaxException;
import dev.ndgrade.grader.data.Location;
import dev.ndgrade.grader.i18n.Messages;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Says in a student's terms why part of an answer file cannot be read, and how to fix it: an
 * output answer not indented under its {@code |}, a tab, an unclosed quote. The parser's own
 * words are never shown; only where it stopped.
 */
final class AnswerSyntax {

  private static final Pattern BLOCK_INDICATOR = Pattern.compile("[|>][-+0-9]*\\s*(#.*)?");

  private final Messages messages;

  AnswerSyntax(Messages messages) {
    this.messages = messages;
  }

  /** Why the answer {@code entry} (one question's lines) cannot be read as YAML. */
  String explainAnswer(List<String> lines, BrokenAnswerFile.Entry entry) {
    for (int i = entry.from(); i < entry.to(); i++) {
      if (leading(lines.get(i)).contains("\t")) {
        return messages.text("answer.syntax.tab", lineNumber(i), entry.key());
      }
    }
    String value = entry.value().strip();
    if (BLOCK_INDICATOR.matcher(value).matches() && !indentedUnder(lines, entry)) {
      return messages.text("answer.syntax.indent", lineNumber(firstContent(lines, entry)), entry.key(),
          value.substring(0, 1), String.valueOf(entry.indent() + 2));
    }
    String line = lineNumber(entry.from());
    return messages.text(value.startsWith("\"") ? "answer.syntax.quote" : "answer.syntax.other", line, entry.key());
  }

  /** Why the file as a whole cannot be read, located where the parser stopped. */
  DataFormatException explainFile(DataSyntaxException error, List<String> lines) {
    Location at = error.location();
    int line = at.line() - 1;
    if (line >= 0 && line < lines.size() && leading(lines.get(line)).contains("\t")) {
      return new DataFormatException(at, messages.text("answer.syntax.fileTab"));
    }
    return new DataFormatException(at, messages.text("answer.syntax.file"));
  }

  /** Whether the lines after a block answer's key are indented more than the key. */
  private static boolean indentedUnder(List<String> lines, BrokenAnswerFile.Entry entry) {
    for (int i = entry.from() + 1; i < entry.to(); i++) {
      String line = lines.get(i);
      if (!line.isBlank() && leading(line).length() <= entry.indent()) {
        return false;
      }
    }
    return true;
  }

  private static int firstContent(List<String> lines, BrokenAnswerFile.Entry entry) {
    for (int i = entry.from() + 1; i < entry.to(); i++) {
      if (!lines.get(i).isBlank()) {
        return i;
      }
    }
    return entry.from();
  }

  /** A 1-based line number as text, so no locale groups its digits. */
  private static String lineNumber(int lineIndex) {
    return String.valueOf(lineIndex + 1);
  }

  private static String leading(String line) {
    return line.substring(0, line.length() - line.stripLeading().length());
  }
}
