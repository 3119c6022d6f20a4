package dev.ndgrade.grader.bench;

import dev.ndgrade.grader.engine.BatchGrader;
import dev.ndgrade.grader.engine.Scope;
import dev.ndgrade.grader.exercise.ExerciseBank;
import dev.ndgrade.grader.result.SubmissionResult;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/**
 * Grades N Java submissions (default 200: the six exercises' solutions and starters, each signed by its own
 * student) from cold as {@code ndgrade batch} does ({@link BatchGrader}, on the shared worker pool), then grades a sample of them with one
 * fresh {@code ndgrade grade} JVM each, at the same parallelism, and extrapolates that to N. Run from the
 * repository root after {@code mvn -o -pl ndarray-ref,exercises,grader -am package -DskipTests}:
 * <pre>
 * java -cp grader/target/test-classes:grader/target/grader-0.1.0-SNAPSHOT.jar:grader/target/lib/* \
 *     dev.ndgrade.grader.bench.ImplementBatchBenchmark [N] [FRESH_SAMPLE]
 * </pre>
 */
public final class ImplementBatchBenchmark {

  private static final List<String> EXERCISES = List.of("broadcast-to", "detach-copy", "memory-overlap",
      "permute-axes", "reshape-view", "slice-axis");

  private ImplementBatchBenchmark() {}

  public static void main(String[] args) throws Exception {
    int count = args.length > 0 ? Integer.parseInt(args[0]) : 200;
    int freshSample = args.length > 1 ? Integer.parseInt(args[1]) : 12;
    int threads = Integer.getInteger("ndgrade.workers", Math.max(1, Math.min(Runtime.getRuntime().availableProcessors(), 4)));
    Path bank = Path.of("exercises");
    List<Path> submissions = submissions(bank, Files.createTempDirectory("ndgrade-bench"), count);
    long start = System.nanoTime();
    List<SubmissionResult> results = gradeInProcess(bank, submissions);
    double pooled = seconds(start);
    long full = results.stream().filter(r -> r.score() == r.maxScore()).count();
    System.out.printf(Locale.ROOT, "pooled:    %d submissions in %.1f s (%.0f ms each), %d threads, %d full marks%n",
        count, pooled, 1000 * pooled / count, threads, full);
    start = System.nanoTime();
    gradeInFreshJvms(submissions.subList(0, Math.min(freshSample, count)), threads);
    double fresh = seconds(start) * count / Math.min(freshSample, count);
    System.out.printf(Locale.ROOT, "fresh JVM: %.1f s for %d (measured on %d, %.0f ms each), %.1fx slower%n",
        fresh, count, Math.min(freshSample, count), 1000 * fresh / count, fresh / pooled);
    System.exit(0);
  }

  /** Solutions (full marks) and starters (no marks) in turn, over the six exercises. */
  private static List<Path> submissions(Path bank, Path dir, int count) throws IOException {
    List<Path> files = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      String exercise = EXERCISES.get(i % EXERCISES.size());
      String folder = i % 4 == 3 ? "starter" : "solution";
      Path source;
      try (var found = Files.walk(bank.resolve(exercise).resolve(folder))) {
        source = found.filter(f -> f.toString().endsWith(".java")).findFirst().orElseThrow();
      }
      String text = Files.readString(source, StandardCharsets.UTF_8)
          .replaceFirst("(?m)^(// exercise: .*)$", "$1\n// student: s" + i);
      files.add(Files.writeString(dir.resolve(String.format(Locale.ROOT, "s%03d-%s.java", i, exercise)), text));
    }
    return files;
  }

  private static List<SubmissionResult> gradeInProcess(Path bank, List<Path> files) {
    return BatchGrader.of(ExerciseBank.at(bank, "exercises")).grade(files, f -> f.getFileName().toString(),
        Scope.ALL);
  }

  private static void gradeInFreshJvms(List<Path> files, int threads) throws Exception {
    String java = ProcessHandle.current().info().command().orElse("java");
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    List<Future<Integer>> exits = new ArrayList<>();
    for (Path file : files) {
      exits.add(pool.submit(() -> new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
          "dev.ndgrade.grader.cli.Main", "grade", "--json", file.toString())
          .redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectError(ProcessBuilder.Redirect.DISCARD)
          .start().waitFor()));
    }
    for (Future<Integer> exit : exits) {
      exit.get();
    }
    pool.shutdown();
    pool.awaitTermination(1, TimeUnit.MINUTES);
  }

  private static double seconds(long start) {
    return (System.nanoTime() - start) / 1e9;
  }
}
