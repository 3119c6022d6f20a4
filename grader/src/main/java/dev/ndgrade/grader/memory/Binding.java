package dev.ndgrade.grader.memory;

import java.util.Objects;

/**
 * A name of the namespace and what it is bound to: an array of the snapshot, or another value
 * described in a few words.
 *
 * @param name the Python name
 * @param arrayId the {@link ArrayBox#id()} it refers to, or {@code null} for other values
 * @param summary for other values, a short description such as {@code list of 1000000 items}; empty for arrays
 */
public record Binding(String name, Integer arrayId, String summary) {

  public Binding {
    Objects.requireNonNull(name, "name must not be null");
    Objects.requireNonNull(summary, "summary must not be null");
  }
}
