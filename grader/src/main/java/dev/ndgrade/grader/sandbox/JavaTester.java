package dev.ndgrade.grader.sandbox;

import dev.ndgrade.grader.exercise.JavaSources;
import dev.ndgrade.grader.worker.Job;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Tests a Java submission against an implement exercise: compile (a compile error stops here), scan (a refused
 * use stops here), then run the exercise's tests in a worker of the pool. Every stop is a {@link WorkerRun}
 * without reports whose {@code stopped} says why, so callers handle one shape.
 */
public final class JavaTester {

  private static final int MAX_SHOWN = 5;

  private final WorkerPool pool;

  public JavaTester(WorkerPool pool) {
    this.pool = pool;
  }

  /** A tester on the process's shared pool. */
  public static JavaTester shared() {
    return new JavaTester(WorkerPool.shared());
  }

  /**
   * Runs {@code exercise}'s tests on {@code submission}.
   *
   * @throws IllegalStateException if the exercise's own solution and tests do not compile
   */
  public WorkerRun test(JavaSources exercise, JavaSubmission submission) {
    var compilation = SourceCompiler.compile(submission.sources(), Classpath.student());
    if (compilation instanceof Compilation.Failed failed) {
      return stopped("the submission does not compile: " + shown(failed.errors()));
    }
    var classes = ((Compilation.Compiled) compilation).classes();
    List<Refusal> refusals = BytecodeScan.scan(classes, exercise.packageName(), ExerciseTests.reserved(exercise));
    if (!refusals.isEmpty()) {
      return stopped("the submission was refused: " + shown(refusals.stream().map(Refusal::text).toList()));
    }
    WorkerLimits limits = pool.limits();
    return pool.run(new Job(ExerciseTests.of(exercise), classes, exercise.testClasses(), limits.perTestMillis(),
        limits.outputBytes()));
  }

  private static WorkerRun stopped(String reason) {
    return new WorkerRun(List.of(), "", reason);
  }

  private static String shown(List<String> problems) {
    String first = problems.stream().limit(MAX_SHOWN).collect(Collectors.joining("; "));
    return problems.size() > MAX_SHOWN ? first + "; and " + (problems.size() - MAX_SHOWN) + " more" : first;
  }
}
