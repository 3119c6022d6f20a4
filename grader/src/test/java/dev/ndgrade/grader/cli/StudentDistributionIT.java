package dev.ndgrade.grader.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 13, finding 7: the student path with the student distribution alone. The packaged
 * {@code ndgrade.jar} is copied to a directory outside the repository and run there with plain
 * {@code java -jar}: no Maven, no repository, no class path. Runs after {@code package}.
 */
class StudentDistributionIT {

  private static final Path BUILT_JAR = Path.of(System.getProperty("ndgrade.jar", "target/ndgrade.jar"));

  @TempDir
  Path student;

  @Test
  void startThenThePrintedCheckCommandGradeAndReportWithOnlyAJre() throws Exception {
    Files.copy(BUILT_JAR, student.resolve("ndgrade.jar"));
    Run start = run(List.of("java", "-jar", "ndgrade.jar", "start", "views-slicing", "--student", "ada"));
    assertEquals(0, start.exit(), start.output());
    String nextStep = start.output().lines().reduce((first, last) -> last).orElseThrow().strip();
    assertEquals("java -jar ndgrade.jar check views-slicing.answers.yaml", nextStep);

    String template = Files.readString(student.resolve("views-slicing.answers.yaml"));
    Files.writeString(student.resolve("views-slicing.answers.yaml"), template
        .replace("q1: \"\"", "q1: TRUE")
        .replace("q2: \"\"", "q2: \"[  0   1 100   3   4   5]\"")
        .replace("q3: \"\"", "q3: \"False\"")
        .replace("q4: \"\"", "q4: view"), StandardCharsets.UTF_8);
    Run check = run(List.of(nextStep.split(" ")));
    assertEquals(0, check.exit(), check.output());
    assertTrue(check.output().contains("score: 8/8 on the visible questions"), check.output());
    assertTrue(Files.size(student.resolve("views-slicing.answers.report.html")) > 10_000);
  }

  @Test
  void mistakesGetShortAnswersFromTheJarToo() throws Exception {
    Files.copy(BUILT_JAR, student.resolve("ndgrade.jar"));
    Run missing = run(List.of("java", "-jar", "ndgrade.jar", "check", "missing.yaml"));
    assertEquals(ExitCodes.USAGE, missing.exit());
    assertEquals(List.of("ndgrade: no such file: missing.yaml; get an answer file with: java -jar ndgrade.jar start "
        + "EXERCISE", "usage: java -jar ndgrade.jar check --help"), missing.output().lines().toList());
    assertFalse(Files.exists(student.resolve("missing.report.html")));
  }

  private record Run(int exit, String output) {}

  private Run run(List<String> command) throws IOException, InterruptedException {
    List<String> words = new ArrayList<>(command);
    words.set(0, Path.of(System.getProperty("java.home"), "bin", "java").toString());
    ProcessBuilder builder = new ProcessBuilder(words).directory(student.toFile()).redirectErrorStream(true);
    builder.environment().remove(Invocation.LAUNCHER_VARIABLE);
    Process process = builder.start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(process.waitFor(2, TimeUnit.MINUTES), "ndgrade.jar did not finish");
    return new Run(process.exitValue(), output);
  }
}
