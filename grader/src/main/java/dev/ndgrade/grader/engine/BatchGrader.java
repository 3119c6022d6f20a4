package dev.ndgrade.grader.engine;

import dev.ndgrade.grader.exercise.ExerciseBank;
import dev.ndgrade.grader.result.SubmissionResult;
import dev.ndgrade.grader.sandbox.JavaSubmissionReader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;

/**
 * Grades many submissions. Java submissions spend most of their time waiting for a worker JVM, so they are
 * graded on as many threads as the pool has workers, each thread with its own {@link Grader}; answer files are
 * graded on the calling thread. Results come back in the order of the files, whatever order they finish in.
 */
public final class BatchGrader {

  private final ExerciseBank bank;
  private final int threads;
  private final String courseSeed;

  private BatchGrader(ExerciseBank bank, int threads, String courseSeed) {
    this.bank = bank;
    this.threads = threads;
    this.courseSeed = courseSeed;
  }

  /** A batch grader on {@code ndgrade.workers} threads (default: one per core, at most 4), like the worker pool. */
  public static BatchGrader of(ExerciseBank bank) {
    int cores = Runtime.getRuntime().availableProcessors();
    return new BatchGrader(bank, Integer.getInteger("ndgrade.workers", Math.max(1, Math.min(cores, 4))), "");
  }

  /** This batch grader with {@code courseSeed} (see {@link Grader#withCourseSeed}). */
  public BatchGrader withCourseSeed(String courseSeed) {
    return new BatchGrader(bank, threads, courseSeed);
  }

  /** One result per file, in order; {@code shown} names a file in messages. */
  public List<SubmissionResult> grade(List<Path> files, Function<Path, String> shown, Scope scope) {
    ThreadLocal<Grader> graders = ThreadLocal.withInitial(() -> Grader.of(bank).withCourseSeed(courseSeed));
    ExecutorService pool = Executors.newFixedThreadPool(threads, task -> {
      Thread thread = new Thread(task, "ndgrade-batch");
      thread.setDaemon(true);
      return thread;
    });
    try {
      List<Future<SubmissionResult>> java = new ArrayList<>();
      for (Path file : files) {
        java.add(JavaSubmissionReader.isJava(file)
            ? pool.submit(() -> graders.get().grade(file, shown.apply(file), scope)) : null);
      }
      Grader here = Grader.of(bank).withCourseSeed(courseSeed);
      List<SubmissionResult> results = new ArrayList<>();
      for (int i = 0; i < files.size(); i++) {
        Path file = files.get(i);
        results.add(java.get(i) != null ? result(java.get(i)) : here.grade(file, shown.apply(file), scope));
      }
      return results;
    } finally {
      pool.shutdownNow();
    }
  }

  private static SubmissionResult result(Future<SubmissionResult> future) {
    try {
      return future.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while grading", e);
    } catch (ExecutionException e) {
      throw new IllegalStateException("grading failed: " + e.getCause(), e.getCause());
    }
  }
}
