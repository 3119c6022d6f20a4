package dev.ndgrade.grader.cli;

import java.util.List;
import picocli.CommandLine.Option;

/**
 * {@code --course-seed SEED}: with each student's id, picks the values of a parameterised
 * exercise's {@code params:}. Students and graders must use the same seed (default: the
 * environment variable {@code NDGRADE_COURSE_SEED}, else empty).
 */
final class CourseSeedOption {

  @Option(names = "--course-seed", paramLabel = "SEED", defaultValue = "${env:NDGRADE_COURSE_SEED:-}",
      description = "Seed of per-student values (params:); default: $NDGRADE_COURSE_SEED, else empty.")
  private String seed;

  /**
   * The option as a next step's command line must repeat it: empty when the seed came from the
   * environment, which the next command sees too.
   */
  List<String> asArguments() {
    String fromEnvironment = System.getenv().getOrDefault("NDGRADE_COURSE_SEED", "");
    return seed().equals(fromEnvironment) ? List.of() : List.of("--course-seed", seed());
  }

  String seed() {
    return seed == null ? "" : seed;
  }
}
