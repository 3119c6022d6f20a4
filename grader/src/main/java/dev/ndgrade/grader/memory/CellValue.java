package dev.ndgrade.grader.memory;

import java.util.Objects;

/**
 * The value in one cell of a buffer.
 *
 * @param cell the cell's index (its byte offset divided by the cell size)
 * @param text the value, short enough to draw
 */
public record CellValue(long cell, String text) {

  public CellValue {
    Objects.requireNonNull(text, "text must not be null");
  }
}
