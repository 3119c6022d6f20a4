package dev.ndgrade.grader.sandbox;

import dev.ndgrade.grader.worker.WorkerMain;
import dev.ndgrade.strided.Layout;
import java.io.File;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.apiguardian.api.API;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.engine.JupiterTestEngine;
import org.junit.platform.commons.annotation.Testable;
import org.junit.platform.engine.TestEngine;
import org.junit.platform.launcher.Launcher;
import org.opentest4j.AssertionFailedError;

/**
 * The class paths of the sandbox, each only what its user needs, found from where classes were loaded (so the
 * same code works from Maven's target directories and from the installed jars). The exercises jar, which holds
 * the solutions, is on none of them.
 */
final class Classpath {

  private Classpath() {}

  /** What student code compiles against: the student API (and the JDK). */
  static List<Path> student() {
    return of(Layout.class);
  }

  /** What an exercise's tests compile against. */
  static List<Path> tests() {
    return of(Layout.class, Test.class, AssertionFailedError.class, API.class, Testable.class);
  }

  /** What a worker JVM runs with. */
  static String worker() {
    return of(WorkerMain.class, Layout.class, Test.class, AssertionFailedError.class, API.class, Testable.class,
        JupiterTestEngine.class, TestEngine.class, Launcher.class).stream()
        .map(Path::toString).collect(Collectors.joining(File.pathSeparator));
  }

  private static List<Path> of(Class<?>... anchors) {
    Set<Path> paths = new LinkedHashSet<>();
    for (Class<?> anchor : anchors) {
      try {
        paths.add(Path.of(anchor.getProtectionDomain().getCodeSource().getLocation().toURI()));
      } catch (URISyntaxException e) {
        throw new IllegalStateException("cannot locate the classes of " + anchor.getName(), e);
      }
    }
    return List.copyOf(paths);
  }
}
