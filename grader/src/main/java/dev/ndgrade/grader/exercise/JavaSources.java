package dev.ndgrade.grader.exercise;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * The Java side of an implement exercise: {@code starter/} (what students get), {@code solution/} (full marks,
 * never shipped to students) and {@code tests/} (JUnit Jupiter) under the exercise's directory.
 *
 * @param directory the exercise's directory
 * @param shownDirectory how messages name it, e.g. {@code exercises/slice-axis}
 * @param packageName the package of the starter's classes, which submissions must keep
 * @param testClasses the binary names of the test classes
 */
public record JavaSources(Path directory, String shownDirectory, String packageName, List<String> testClasses)
    implements Implementation {

  /** The folder of what students get. */
  public static final String STARTER = "starter";
  /** The folder of the reference solution. */
  public static final String SOLUTION = "solution";
  /** The folder of the JUnit tests. */
  public static final String TESTS = "tests";

  public JavaSources {
    Objects.requireNonNull(directory, "directory must not be null");
    Objects.requireNonNull(shownDirectory, "shownDirectory must not be null");
    Objects.requireNonNull(packageName, "packageName must not be null");
    testClasses = List.copyOf(testClasses);
  }

  /** The {@code .java} files of one folder ({@link #STARTER}, {@link #SOLUTION}, {@link #TESTS}), by path. */
  public List<Path> files(String folder) {
    return javaFiles(directory.resolve(folder));
  }

  /** How messages name a file of this exercise. */
  public String shown(Path file) {
    return shownDirectory + "/" + directory.relativize(file).toString().replace('\\', '/');
  }

  /** Reads a file as UTF-8. */
  public static String read(Path file) {
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
  }

  /** The {@code .java} files under {@code dir}, sorted; none when it is missing. */
  public static List<Path> javaFiles(Path dir) {
    if (!Files.isDirectory(dir)) {
      return List.of();
    }
    try (Stream<Path> files = Files.walk(dir)) {
      return new ArrayList<>(files.filter(f -> f.getFileName().toString().endsWith(".java"))
          .filter(Files::isRegularFile).sorted().toList());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list " + dir, e);
    }
  }
}
