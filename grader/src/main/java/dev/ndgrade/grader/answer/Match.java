package dev.ndgrade.grader.answer;

import java.util.Objects;

/**
 * How well an answer matches: the share of the points it earns (0 to 1) and a note for the
 * student, empty when there is nothing to add.
 */
public record Match(double credit, String note) {

  private static final Match EXACT = new Match(1, "");

  public Match {
    if (!(credit >= 0 && credit <= 1)) {
      throw new IllegalArgumentException("credit must be between 0 and 1, was " + credit);
    }
    Objects.requireNonNull(note, "note must not be null");
  }

  /** The answer is written as the key is. */
  public static Match exact() {
    return EXACT;
  }

  /** The answer means the key but is written differently; {@code note} says how. */
  public static Match byMeaning(String note) {
    return new Match(1, note);
  }

  /** Part of the answer matches. */
  public static Match partial(double credit, String note) {
    return new Match(credit, note);
  }

  /** The answer does not match; {@code note} may say why. */
  public static Match none(String note) {
    return new Match(0, note);
  }

  /** The answer does not match, nothing to add. */
  public static Match none() {
    return none("");
  }

  /** Whether the answer earns all the points. */
  public boolean isFull() {
    return credit == 1;
  }
}
