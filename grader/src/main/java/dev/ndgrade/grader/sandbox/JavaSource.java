package dev.ndgrade.grader.sandbox;

import java.util.Objects;

/**
 * One Java source file.
 *
 * @param name the file as messages name it, e.g. {@code Slicing.java}
 * @param text its content
 */
public record JavaSource(String name, String text) {

  public JavaSource {
    Objects.requireNonNull(name, "name must not be null");
    Objects.requireNonNull(text, "text must not be null");
  }
}
