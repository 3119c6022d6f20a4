package dev.ndgrade.grader.key;

import dev.ndgrade.grader.data.Location;

/** The reference cannot compute an exercise's key: the exercise is broken, not the student's answer. */
public class ExerciseKeyException extends Exception {

  private static final long serialVersionUID = 1L;

  public ExerciseKeyException(Location where, String problem) {
    super(where + ": " + problem);
  }
}
