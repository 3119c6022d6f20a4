package dev.ndgrade.grader.exercise;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/** What a question asks the student to predict. */
public enum AnswerKind {
  /** The repr of the question's last expression. */
  VALUE,
  /** Everything the question's code prints, line by line. */
  OUTPUT,
  /** How two names relate: alias, view or copy. */
  RELATION,
  /** The type of the first exception the code raises, or {@code none}. */
  ERROR,
  /** A whole number of bytes, e.g. what {@code live_bytes()} returns. */
  BYTES,
  /** The label of the one true choice. */
  CHOICE,
  /** A test of student code passes (implement exercises; never written in an exercise file). */
  TEST;

  /** The expected answer of an {@code error} question whose code raises nothing. */
  public static final String NO_ERROR = "none";

  /** The word used in exercise files: {@code value}, {@code output}... */
  public String word() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** What a question of this kind asks, in exports' test names: {@code predict the value}, {@code test of your code}. */
  public static String task(String word) {
    return TEST.word().equals(word) ? "test of your code" : "predict the " + word;
  }

  /** The kind a predict question's {@code ask} names, if it is one. */
  public static Optional<AnswerKind> fromWord(String word) {
    return Arrays.stream(values()).filter(kind -> kind != TEST && kind.word().equals(word)).findFirst();
  }

  /** "value, output, relation, error, bytes, choice", for messages. */
  public static String words() {
    return Arrays.stream(values()).filter(kind -> kind != TEST).map(AnswerKind::word)
        .collect(Collectors.joining(", "));
  }
}
