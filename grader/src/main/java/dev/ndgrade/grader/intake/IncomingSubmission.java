package dev.ndgrade.grader.intake;

import dev.ndgrade.grader.result.LmsStudent;
import java.nio.file.Path;
import java.util.Objects;

/**
 * One file (or Java submission directory) to grade, as intake found it.
 *
 * @param file where its bytes are now (inside an unpacked LMS zip, when it came from one)
 * @param shownName how reports and messages name it: the path the user gave, or {@code zip!entry}
 * @param lms who submitted it according to the LMS ({@link LmsStudent#NONE} when no LMS said)
 */
public record IncomingSubmission(Path file, String shownName, LmsStudent lms) {

  public IncomingSubmission {
    Objects.requireNonNull(file, "file must not be null");
    Objects.requireNonNull(shownName, "shownName must not be null");
    Objects.requireNonNull(lms, "lms must not be null");
  }

  /** A file given on the command line, with no LMS behind it. */
  public static IncomingSubmission of(Path file, String shownName) {
    return new IncomingSubmission(file, shownName, LmsStudent.NONE);
  }
}
