package dev.ndgrade.grader.key;

import dev.ndgrade.grader.data.Location;

/** The reference cannot compute an exercise's key: the exercise is broken, not the student's answer. */
public class ExerciseKeyException extends Exception {

  private static final long serialVersionUID = 1L;

  private final transient Location location;
  private final String problem;

  public ExerciseKeyException(Location where, String problem) {
    super(where + ": " + problem);
    this.location = where;
    this.problem = problem;
  }

  /** Where the broken part of the exercise is written. */
  public Location location() {
    return location;
  }

  /** What is wrong, without the location. */
  public String problem() {
    return problem;
  }
}
