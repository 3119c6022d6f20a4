package dev.ndgrade.grader.sandbox;

import java.util.List;
import java.util.Map;

/** What compiling sources gave: class files, or the errors. */
sealed interface Compilation {

  /**
   * Compiled.
   *
   * @param classes binary name to class file
   * @param sourceOf binary name to the source file it came from
   */
  record Compiled(Map<String, byte[]> classes, Map<String, String> sourceOf) implements Compilation {
    public Compiled {
      classes = Map.copyOf(classes);
      sourceOf = Map.copyOf(sourceOf);
    }
  }

  /**
   * Did not compile.
   *
   * @param errors {@code File.java:12: message}, at most a few
   */
  record Failed(List<String> errors) implements Compilation {
    public Failed {
      errors = List.copyOf(errors);
    }
  }
}
