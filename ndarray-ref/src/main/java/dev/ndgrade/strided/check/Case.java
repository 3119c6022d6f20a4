package dev.ndgrade.strided.check;

import java.util.List;

/** One generated input of a property, able to propose smaller inputs so a failure can be shrunk. */
public interface Case {

  /** The case as a student reads it, e.g. {@code a: offset=0 shape=(4,) strides=(8,) itemsize=8, axis 0, 1:3}. */
  String describe();

  /** Strictly smaller variants, most promising first; empty when nothing is smaller. */
  List<? extends Case> smaller();

  /** The arrays of the case, to draw over their buffer; empty when the case has none. */
  default List<NamedLayout> pictured() {
    return List.of();
  }
}
