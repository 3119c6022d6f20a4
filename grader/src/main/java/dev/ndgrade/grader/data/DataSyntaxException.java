package dev.ndgrade.grader.data;

/**
 * The text is not valid YAML or JSON where the location says: a reader that knows the file's
 * layout may read the rest of it piece by piece. Limits and refused constructs (aliases, depth,
 * duplicate keys) are plain {@link DataFormatException}s: nothing of such a file is read.
 */
public final class DataSyntaxException extends DataFormatException {

  private static final long serialVersionUID = 1L;

  public DataSyntaxException(Location location, String problem) {
    super(location, problem);
  }
}
