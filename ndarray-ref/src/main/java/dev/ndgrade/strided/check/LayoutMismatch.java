package dev.ndgrade.strided.check;

import dev.ndgrade.strided.Layout;
import java.util.List;

/** A result's layout differs from the reference's; both are drawn in the report. */
public final class LayoutMismatch extends AssertionError {

  private static final long serialVersionUID = 1L;

  private final transient List<NamedLayout> pictured;

  LayoutMismatch(String message, List<NamedLayout> pictured) {
    super(message);
    this.pictured = List.copyOf(pictured);
  }

  List<NamedLayout> pictured() {
    return pictured;
  }
}
