package dev.ndgrade.grader.exercise;

import java.util.Objects;

/**
 * A property check's input: the check runs once per array drawn, each bound to {@code name} before its code.
 *
 * @param name the Python name the drawn array is bound to
 * @param cases how many arrays to draw
 * @param seed the generator's seed, so every run draws the same arrays
 */
public record Property(String name, int cases, long seed) {

  public Property {
    Objects.requireNonNull(name, "name must not be null");
    if (cases < 1) {
      throw new IllegalArgumentException("a property check draws at least one case, not " + cases);
    }
  }
}
