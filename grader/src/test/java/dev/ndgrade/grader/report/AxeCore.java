package dev.ndgrade.grader.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * Finds axe-core (npm) for the accessibility test: {@code NDGRADE_AXE} (a path to axe.min.js), else
 * the copy {@code .ci/run} installs under {@code ~/.cache/ndgrade/axe}, else installs it there with npm.
 */
final class AxeCore {

  /** The version .ci/run installs too. */
  static final String VERSION = "4.14.1";
  private static final Path CACHE = Path.of(System.getProperty("user.home"), ".cache", "ndgrade", "axe");
  private static final Path SCRIPT = CACHE.resolve("node_modules/axe-core/axe.min.js");

  private AxeCore() {}

  static Optional<Path> script() {
    String configured = System.getenv("NDGRADE_AXE");
    if (configured != null && Files.isRegularFile(Path.of(configured))) {
      return Optional.of(Path.of(configured));
    }
    if (!Files.isRegularFile(SCRIPT)) {
      install();
    }
    return Files.isRegularFile(SCRIPT) ? Optional.of(SCRIPT) : Optional.empty();
  }

  private static void install() {
    try {
      Files.createDirectories(CACHE);
      Process npm = new ProcessBuilder(List.of("npm", "install", "--prefix", CACHE.toString(), "--no-audit",
          "--no-fund", "--silent", "axe-core@" + VERSION))
          .redirectOutput(CACHE.resolve("npm.out").toFile())
          .redirectError(CACHE.resolve("npm.err").toFile())
          .start();
      if (!npm.waitFor(180, TimeUnit.SECONDS)) {
        npm.destroyForcibly();
      }
    } catch (IOException e) {
      // no npm on this machine: the accessibility test is skipped, as its assumption says
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
