package dev.ndgrade.grader.authoring;

/** Real CPython with NumPy cannot be run here, so keys cannot be verified. */
public class NumpyUnavailableException extends Exception {

  private static final long serialVersionUID = 1L;

  public NumpyUnavailableException(String message) {
    super(message);
  }
}
