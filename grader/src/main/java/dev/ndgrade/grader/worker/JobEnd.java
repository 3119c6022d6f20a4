package dev.ndgrade.grader.worker;

import java.util.Objects;

/**
 * The last message of a job: what the submission printed, why some tests did not run, and whether the worker
 * may take another job.
 *
 * @param output what the submission printed on System.out and System.err, capped
 * @param problem why tests without a report did not run (a test class that failed to load), possibly empty
 * @param reusable false when the job may have left something running (a test that timed out) or the JVM in
 *     doubt (a stack overflow or another VirtualMachineError)
 */
public record JobEnd(String output, String problem, boolean reusable) implements WorkerMessage {

  public JobEnd {
    Objects.requireNonNull(output, "output must not be null");
    Objects.requireNonNull(problem, "problem must not be null");
  }
}
