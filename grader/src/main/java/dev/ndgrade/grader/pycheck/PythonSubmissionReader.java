package dev.ndgrade.grader.pycheck;

import dev.ndgrade.grader.data.DataFormatException;
import dev.ndgrade.grader.data.Location;
import dev.ndgrade.grader.data.SourceText;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;

/**
 * Reads {@code .py} submissions: UTF-8 text with {@code # exercise: ID} (and optionally {@code # student: NAME})
 * among the first lines. Problems are located {@link DataFormatException}s.
 */
public final class PythonSubmissionReader {

  private static final long MAX_BYTES = 100_000;
  private static final Pattern EXERCISE = Pattern.compile("^\\s*#\\s*exercise:\\s*([a-z0-9][a-z0-9-]{0,63})\\s*$");
  private static final Pattern STUDENT = Pattern.compile("^\\s*#\\s*student:\\s*([\\p{L}\\p{N}._@+-]{1,100})\\s*$");

  private PythonSubmissionReader() {}

  /** Whether {@code path} is a Python submission rather than an answer file. */
  public static boolean isPython(Path path) {
    return String.valueOf(path.getFileName()).endsWith(".py") && !Files.isDirectory(path);
  }

  /** Reads the submission at {@code path}, named {@code shownName} in messages. */
  public static PythonSubmission read(Path path, String shownName) throws DataFormatException {
    String text = SourceText.read(path, shownName, MAX_BYTES);
    String exercise = SourceText.header(text, EXERCISE);
    if (exercise == null) {
      throw new DataFormatException(new Location(shownName, 1, 1), "no '# exercise: ID' line among the first "
          + SourceText.HEADER_LINES + " lines of a .py file");
    }
    String student = SourceText.header(text, STUDENT);
    String stem = String.valueOf(path.getFileName()).replaceFirst("\\.py$", "");
    return new PythonSubmission(student != null ? student : stem, exercise, text, shownName);
  }

}
