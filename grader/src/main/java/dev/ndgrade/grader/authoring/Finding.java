package dev.ndgrade.grader.authoring;

import dev.ndgrade.grader.data.Location;
import java.util.Objects;

/**
 * One problem an author must fix, where it is written.
 *
 * @param location the file, line and column the problem is about
 * @param problem what is wrong and, where it helps, how to fix it
 */
public record Finding(Location location, String problem) {

  public Finding {
    Objects.requireNonNull(location, "location must not be null");
    Objects.requireNonNull(problem, "problem must not be null");
  }

  /** {@code file:line:column: problem}, the form compilers and editors understand. */
  @Override
  public String toString() {
    return location + ": " + problem;
  }
}
