package dev.ndgrade.grader.authoring;

import java.util.List;
import java.util.Objects;

/**
 * What {@code verify-keys} found: the versions it ran and where the reference and NumPy disagree.
 *
 * @param python the CPython version that ran the keys
 * @param numpy the NumPy version that ran the keys
 * @param questions how many questions both computed and compared
 * @param disagreements the questions whose key or transcript differ, and exercises either side could not run
 */
public record Verification(String python, String numpy, int questions, List<Finding> disagreements) {

  public Verification {
    Objects.requireNonNull(python, "python must not be null");
    Objects.requireNonNull(numpy, "numpy must not be null");
    disagreements = List.copyOf(disagreements);
  }
}
