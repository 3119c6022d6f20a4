package dev.ndgrade.grader.sandbox;

import dev.ndgrade.grader.exercise.JavaSources;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * An implement exercise's tests compiled against its solution, once per exercise directory and process. Only the
 * test classes are kept: the solution's classes never reach a worker.
 */
final class ExerciseTests {

  private static final Map<Path, Map<String, byte[]>> COMPILED = new ConcurrentHashMap<>();

  private ExerciseTests() {}

  /**
   * The test classes of {@code exercise}, binary name to class file.
   *
   * @throws IllegalStateException if the solution and tests do not compile (a broken exercise)
   */
  static Map<String, byte[]> of(JavaSources exercise) {
    return COMPILED.computeIfAbsent(exercise.directory().toAbsolutePath(), dir -> compile(exercise));
  }

  /** The binary names the submission may not take: every test class, nested ones included. */
  static Set<String> reserved(JavaSources exercise) {
    return of(exercise).keySet();
  }

  private static Map<String, byte[]> compile(JavaSources exercise) {
    List<JavaSource> sources = new ArrayList<>();
    List<String> testFiles = new ArrayList<>();
    for (String folder : List.of(JavaSources.SOLUTION, JavaSources.TESTS)) {
      for (Path file : exercise.files(folder)) {
        String shown = exercise.shown(file);
        sources.add(new JavaSource(shown, JavaSources.read(file)));
        if (folder.equals(JavaSources.TESTS)) {
          testFiles.add(shown);
        }
      }
    }
    Compilation compilation = SourceCompiler.compile(sources, Classpath.tests());
    if (compilation instanceof Compilation.Failed failed) {
      throw new IllegalStateException("the solution and tests of " + exercise.shownDirectory()
          + " do not compile: " + String.join("; ", failed.errors()));
    }
    Compilation.Compiled compiled = (Compilation.Compiled) compilation;
    Map<String, byte[]> tests = new HashMap<>();
    compiled.classes().forEach((name, bytes) -> {
      if (testFiles.contains(compiled.sourceOf().get(name))) {
        tests.put(name, bytes);
      }
    });
    return Map.copyOf(tests);
  }
}
