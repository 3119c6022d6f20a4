package dev.ndgrade.grader.sandbox;

/**
 * The limits of a worker JVM and of the jobs it runs.
 *
 * @param heapMegabytes the worker's heap ({@code -Xmx}); a submission that needs more ends its worker
 * @param perTestMillis how long one test may run
 * @param perSubmissionMillis how long all of a submission's tests may take before its worker is killed
 * @param outputBytes how much a submission may print
 */
public record WorkerLimits(int heapMegabytes, long perTestMillis, long perSubmissionMillis, int outputBytes) {

  /** What view exercises need, with room to spare on a loaded machine. */
  public static final WorkerLimits DEFAULT = new WorkerLimits(192, 3_000, 20_000, 64 * 1024);
}
