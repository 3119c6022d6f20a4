package dev.ndgrade.grader.exercise;

import dev.ndgrade.grader.data.Location;
import java.util.Objects;

/**
 * A wrong answer that deserves targeted feedback. It matches a student's answer by the same
 * rules the question's correct answer does (by meaning, not by spelling).
 *
 * @param answer the wrong answer, written as a student would
 * @param feedback what to tell a student who gave it
 * @param location where the misconception is written
 */
public record Misconception(String answer, String feedback, Location location) {

  public Misconception {
    Objects.requireNonNull(answer, "answer must not be null");
    Objects.requireNonNull(feedback, "feedback must not be null");
    Objects.requireNonNull(location, "location must not be null");
  }
}
