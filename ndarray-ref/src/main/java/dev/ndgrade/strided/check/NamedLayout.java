package dev.ndgrade.strided.check;

import dev.ndgrade.strided.Layout;
import java.util.Objects;

/**
 * A layout with the name a report draws it under, e.g. {@code a}, {@code expected}, {@code yours}.
 *
 * @param name the label
 * @param layout the geometry
 * @param bufferBytes the size of the buffer it lies in
 */
public record NamedLayout(String name, Layout layout, long bufferBytes) {

  public NamedLayout {
    Objects.requireNonNull(name, "name must not be null");
    Objects.requireNonNull(layout, "layout must not be null");
  }
}
