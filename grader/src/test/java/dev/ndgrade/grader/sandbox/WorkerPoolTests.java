package dev.ndgrade.grader.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ndgrade.grader.exercise.ExerciseBank;
import dev.ndgrade.grader.exercise.JavaSources;
import dev.ndgrade.grader.worker.TestReport;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** A pool of one worker: kept warm between honest submissions, replaced after one that overran. */
class WorkerPoolTests {

  private static final Path SAMPLES = Path.of("../exercises/samples/java");
  private static JavaSources sliceAxis;
  private static WorkerPool pool;

  @BeforeAll
  static void onePool() throws Exception {
    sliceAxis = (JavaSources) ExerciseBank.at(Path.of("../exercises"), "exercises").load("slice-axis").implement()
        .orElseThrow();
    pool = new WorkerPool(1, new WorkerLimits(128, 2_000, 30_000, 1024));
  }

  @AfterAll
  static void close() {
    pool.close();
  }

  private static WorkerRun test(String sample) throws Exception {
    return new JavaTester(pool).test(sliceAxis, JavaSubmissionReader.read(SAMPLES.resolve(sample), sample));
  }

  @Test
  void aWorkerServesSubmissionsUntilOneOverrunsThenItIsReplaced() throws Exception {
    int before = pool.started();
    assertEquals(5, test("correct/ada-slice-axis.java").reports().size());
    assertEquals(5, test("partly-wrong/ben-slice-axis.java").reports().size());
    assertEquals(before + (before == 0 ? 1 : 0), pool.started(), "one warm worker served both");
    WorkerRun loop = test("hostile/infinite-loop.java");
    assertTrue(loop.reports().stream().anyMatch(r -> r.outcome() == TestReport.Outcome.TIMED_OUT), loop.toString());
    int afterLoop = pool.started();
    assertEquals(5, test("correct/ada-slice-axis.java").reports().size());
    assertEquals(afterLoop + 1, pool.started(), "the worker that ran the loop was not reused");
  }

  @Test
  void aSubmissionOverItsTimeLimitKeepsWhatFinishedAndNamesTheLimit() throws Exception {
    WorkerRun run;
    try (WorkerPool strict = new WorkerPool(1, new WorkerLimits(128, 10_000, 1_500, 1024))) {
      run = new JavaTester(strict).test(sliceAxis,
          JavaSubmissionReader.read(SAMPLES.resolve("hostile/infinite-loop.java"), "loop"));
    }
    assertEquals("the submission's tests did not finish within 1 s, so its worker was stopped", run.stopped());
    assertTrue(run.reports().size() < 5, run.toString());
  }

  @Test
  void printedOutputIsCappedNeverParsed() throws Exception {
    WorkerRun run = test("hostile/big-output.java");
    assertTrue(run.output().endsWith("more bytes of output were dropped (limit 1024 bytes)"), run.output());
    assertTrue(run.reports().stream().allMatch(r -> r.outcome() == TestReport.Outcome.PASSED), run.toString());
  }
}
