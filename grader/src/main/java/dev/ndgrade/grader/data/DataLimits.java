package dev.ndgrade.grader.data;

/**
 * How much a data file may hold before it is refused with a located error instead of read.
 *
 * @param maxFileBytes largest file accepted, in bytes
 * @param maxDepth deepest nesting of mappings and lists
 * @param maxNodes most nodes (mappings, lists and scalars together)
 * @param maxScalarChars longest scalar, in characters
 */
public record DataLimits(long maxFileBytes, int maxDepth, int maxNodes, int maxScalarChars) {

  /** Generous for exercises and answer files, small enough that no file can exhaust memory. */
  public static final DataLimits DEFAULT = new DataLimits(1 << 20, 32, 20_000, 200_000);

  public DataLimits {
    if (maxFileBytes <= 0 || maxDepth <= 0 || maxNodes <= 0 || maxScalarChars <= 0) {
      throw new IllegalArgumentException("data limits must be positive");
    }
  }
}
