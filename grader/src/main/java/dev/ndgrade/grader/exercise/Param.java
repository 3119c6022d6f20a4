package dev.ndgrade.grader.exercise;

import dev.ndgrade.grader.data.Location;
import java.util.List;
import java.util.Objects;

/**
 * A per-student parameter of an exercise: a Python name bound before the setup to one of its
 * values, picked for each student from their id and the course seed.
 *
 * @param name the Python name
 * @param values the Python expressions it may stand for, at least one
 * @param location where the parameter is declared
 */
public record Param(String name, List<String> values, Location location) {

  public Param {
    Objects.requireNonNull(name, "name must not be null");
    values = List.copyOf(values);
    if (values.isEmpty()) {
      throw new IllegalArgumentException("a parameter needs at least one value");
    }
    Objects.requireNonNull(location, "location must not be null");
  }
}
