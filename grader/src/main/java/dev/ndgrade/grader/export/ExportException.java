package dev.ndgrade.grader.export;

/** Results cannot be written in the requested format; the message says why. */
public class ExportException extends Exception {

  private static final long serialVersionUID = 1L;

  public ExportException(String message) {
    super(message);
  }
}
