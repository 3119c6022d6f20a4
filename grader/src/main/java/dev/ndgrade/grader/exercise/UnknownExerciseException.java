package dev.ndgrade.grader.exercise;

import java.util.List;

/** An exercise id names no exercise of the bank. */
public class UnknownExerciseException extends Exception {

  private static final long serialVersionUID = 1L;

  public UnknownExerciseException(String id, List<String> known) {
    super("no exercise '" + id + "' in the bank (exercises: " + String.join(", ", known) + ")");
  }
}
