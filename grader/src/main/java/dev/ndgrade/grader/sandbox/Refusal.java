package dev.ndgrade.grader.sandbox;

import java.util.Objects;

/**
 * One use of something the exercise does not allow.
 *
 * @param file the source file, e.g. {@code Slicing.java}
 * @param line its line, 0 when unknown
 * @param what what was used, e.g. {@code java.lang.System.exit}
 * @param reason why it is refused
 */
public record Refusal(String file, int line, String what, String reason) {

  public Refusal {
    Objects.requireNonNull(file, "file must not be null");
    Objects.requireNonNull(what, "what must not be null");
    Objects.requireNonNull(reason, "reason must not be null");
  }

  /** {@code Slicing.java:12: java.lang.System.exit: System.exit would stop the grader}. */
  public String text() {
    return file + (line > 0 ? ":" + line : "") + ": " + what + ": " + reason;
  }
}
