package dev.ndgrade.grader.pycheck;

import dev.ndgrade.grader.memory.MemorySnapshot;
import dev.ndgrade.python.ProgramError;
import java.util.Objects;

/**
 * How one check of a Python implement exercise went.
 *
 * @param status whether it ran to the end, raised, or could not be graded
 * @param error what stopped it, {@code null} when it passed
 * @param place the lines it was raised at, quoted (the check's, and the student's when inside their function),
 *              possibly empty
 * @param memory the session's names, arrays and buffers when the check failed, else empty
 */
public record CheckOutcome(Status status, ProgramError error, String place, MemorySnapshot memory) {

  /** The three ways a check ends. */
  public enum Status {
    /** The check's code ran to its end. */
    PASSED,
    /** The check's code raised (an {@code assert}, an error of the student's code, a limit). */
    FAILED,
    /** The student's file did not run, or the check reached code outside the supported subset. */
    UNGRADABLE
  }

  public CheckOutcome {
    Objects.requireNonNull(status, "status must not be null");
    Objects.requireNonNull(place, "place must not be null");
    Objects.requireNonNull(memory, "memory must not be null");
    if ((status == Status.PASSED) != (error == null)) {
      throw new IllegalArgumentException("a check has an error exactly when it did not pass");
    }
  }
}
