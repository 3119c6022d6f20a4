package dev.ndgrade.grader.data;

import java.util.Objects;

/**
 * A place in a data file: the file as the user named it, and a 1-based line and column.
 *
 * @param file the file's path as given on the command line or by the bank, never {@code null}
 * @param line 1-based line, or 0 when only the file is known
 * @param column 1-based column, or 0 when only the file (or line) is known
 */
public record Location(String file, int line, int column) {

  public Location {
    Objects.requireNonNull(file, "file must not be null");
  }

  /** The whole file, when no line is known (an unreadable or oversized file). */
  public static Location ofFile(String file) {
    return new Location(file, 0, 0);
  }

  /** {@code file:line:column}, the form compilers and editors understand. */
  @Override
  public String toString() {
    if (line <= 0) {
      return file;
    }
    return column <= 0 ? file + ":" + line : file + ":" + line + ":" + column;
  }
}
