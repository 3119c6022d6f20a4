package dev.ndgrade.grader.authoring;

import dev.ndgrade.grader.exercise.AnswerKind;
import dev.ndgrade.grader.exercise.Question;
import dev.ndgrade.grader.key.QuestionKey;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Checks what the reference printed while computing a question's key. The key computer already
 * refuses errors in value, relation, bytes and choice questions; output and error questions may
 * raise, so here the raise must be one the author meant.
 */
final class TranscriptRules {

  /** A line of a transcript that reports an exception: {@code IndexError: index 3 is out of bounds...}. */
  private static final Pattern ERROR_LINE = Pattern.compile("^([A-Za-z_][A-Za-z0-9_]*(?:Error|Exception)): (.*)$",
      Pattern.MULTILINE);
  /** The reference's own refusals: a key built on them says nothing about NumPy. */
  private static final Set<String> REFUSALS = Set.of("UnsupportedError", "LimitError");
  /** Errors of the code itself, never what a question about NumPy means to ask. */
  private static final Set<String> AUTHOR_SLIPS = Set.of("SyntaxError", "IndentationError");

  private TranscriptRules() {}

  static List<Finding> check(Question question, QuestionKey key) {
    List<Finding> findings = new ArrayList<>();
    Matcher error = ERROR_LINE.matcher(key.transcript());
    while (error.find()) {
      String type = error.group(1);
      String problem = problem(question, type);
      if (!problem.isEmpty()) {
        findings.add(new Finding(question.location(), "question " + question.id() + ": " + problem + " ("
            + type + ": " + AnswerText.brief(error.group(2)) + ")"));
      }
    }
    return findings;
  }

  private static String problem(Question question, String type) {
    if (REFUSALS.contains(type)) {
      return "the reference cannot compute this key; keep to what `ndgrade eval` supports";
    }
    if (AUTHOR_SLIPS.contains(type)) {
      return "the code itself is broken";
    }
    if (question.ask() == AnswerKind.OUTPUT) {
      return "the code raises, so the expected output ends in an error line; ask: error if that is the point";
    }
    return "";
  }
}
