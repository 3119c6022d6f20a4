package dev.ndgrade.grader.engine;

/** An exercise cannot be graded (unreadable file, key not computable); it fails its own container only. */
class ExerciseUnusableException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  ExerciseUnusableException(String message) {
    super(message);
  }
}
