package dev.ndgrade.grader.authoring;

/** Answers and transcripts on one line of a message: line breaks shown as " / ". */
final class AnswerText {

  private static final int SHORT = 60;

  private AnswerText() {}

  /** {@code text} on one line, whole. */
  static String oneLine(String text) {
    return text.strip().replaceAll("\\s*\\n\\s*", " / ");
  }

  /** {@code text} on one line, cut to a length a message can quote. */
  static String brief(String text) {
    String line = oneLine(text);
    return line.length() > SHORT ? line.substring(0, SHORT - 3) + "..." : line;
  }
}
