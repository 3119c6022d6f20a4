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

  /**
   * What view exercises need, with room to spare on a loaded machine: an honest test takes well under a second
   * on an idle core, and a busy CI runner must not turn that into a timeout.
   */
  public static final WorkerLimits DEFAULT = new WorkerLimits(192, 5_000, 30_000, 64 * 1024);
}
