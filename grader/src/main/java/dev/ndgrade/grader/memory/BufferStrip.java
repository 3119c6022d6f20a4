package dev.ndgrade.grader.memory;

import java.util.List;

/**
 * One buffer: a run of bytes, cut into cells of the owner's item size.
 *
 * @param id this snapshot's number for the buffer
 * @param nbytes the buffer's size in bytes
 * @param cellBytes bytes per cell (the owner's item size)
 * @param ownerId the array that owns it, or {@code null} if no array of the snapshot does
 * @param values the cells' values as text, in buffer order; empty when unknown or too many
 */
public record BufferStrip(int id, long nbytes, int cellBytes, Integer ownerId, List<String> values) {

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
}
