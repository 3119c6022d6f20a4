package dev.ndgrade.grader.data;

import java.util.Objects;

/**
 * A data file is not what it must be; the message names where and what was expected.
 * Its {@link #getMessage()} is {@code location: problem}, ready to show to a student or author.
 */
public class DataFormatException extends Exception {

  private static final long serialVersionUID = 1L;

  private final transient Location location;
  private final String problem;

  public DataFormatException(Location location, String problem) {
    super(Objects.requireNonNull(location, "location must not be null") + ": "
        + Objects.requireNonNull(problem, "problem must not be null"));
    this.location = location;
    this.problem = problem;
  }

  /** Where the problem is, never {@code null}. */
  public Location location() {
    return location;
  }

  /** What is wrong, without the location, never {@code null}. */
  public String problem() {
    return problem;
  }
}
