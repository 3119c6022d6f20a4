package dev.ndgrade.grader.memory;

import java.util.List;
import java.util.Optional;

/**
 * One buffer: a run of bytes, cut into cells of the owner's item size.
 *
 * @param id this snapshot's number for the buffer
 * @param nbytes the buffer's size in bytes
 * @param cellBytes bytes per cell (the owner's item size)
 * @param ownerId the array that owns it, or {@code null} if no array of the snapshot does
 * @param values the values of the first and last cells (a sample, so huge buffers stay small), in cell order
 */
public record BufferStrip(int id, long nbytes, int cellBytes, Integer ownerId, List<CellValue> values) {

  public BufferStrip {
    if (cellBytes <= 0) {
      throw new IllegalArgumentException("cellBytes must be positive, was " + cellBytes);
    }
    values = List.copyOf(values);
  }

  /** How many cells the buffer has. */
  public long cellCount() {
    return nbytes / cellBytes;
  }

  /** The value in {@code cell}, if it was sampled. */
  public Optional<String> value(long cell) {
    return values.stream().filter(v -> v.cell() == cell).map(CellValue::text).findFirst();
  }
}
