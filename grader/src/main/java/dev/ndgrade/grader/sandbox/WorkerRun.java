package dev.ndgrade.grader.sandbox;

import dev.ndgrade.grader.worker.TestReport;
import java.util.List;
import java.util.Objects;

/**
 * What a worker delivered for one submission.
 *
 * @param reports one per test that finished, in finishing order
 * @param output what the submission printed, capped
 * @param stopped why the tests without a report did not finish (time limit, crash), empty when all ran
 */
public record WorkerRun(List<TestReport> reports, String output, String stopped) {

  public WorkerRun {
    reports = List.copyOf(reports);
    Objects.requireNonNull(output, "output must not be null");
    Objects.requireNonNull(stopped, "stopped must not be null");
  }
}
