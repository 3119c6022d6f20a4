package dev.ndgrade.strided;

/**
 * A Python slice {@code start:stop:step}; a {@code null} part was left out ({@code ::-1} has start and stop null).
 *
 * @param start first position, negative counts from the end, or null
 * @param stop position to stop before, negative counts from the end, or null
 * @param step distance between positions, never zero, or null for 1
 */
public record Slice(Long start, Long stop, Long step) {

  /** Python's text of the slice, e.g. {@code 1:-1:2} or {@code ::-1}. */
  @Override
  public String toString() {
    return part(start) + ":" + part(stop) + (step == null ? "" : ":" + step);
  }

  private static String part(Long value) {
    return value == null ? "" : value.toString();
  }
}
