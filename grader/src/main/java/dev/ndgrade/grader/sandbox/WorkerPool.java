package dev.ndgrade.grader.sandbox;

import dev.ndgrade.grader.worker.Job;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.Semaphore;

/**
 * A fixed number of worker JVMs, started on demand and kept warm between submissions. A worker that overran,
 * died or left something running is replaced, never reused. Thread-safe; one pool serves the whole grader
 * process ({@link #shared()}), and its workers end with it.
 */
public final class WorkerPool implements AutoCloseable {

  private static WorkerPool shared;

  private final WorkerLimits limits;
  private final Semaphore permits;
  private final Deque<WorkerProcess> idle = new ArrayDeque<>();
  private int started;

  WorkerPool(int size, WorkerLimits limits) {
    this.limits = limits;
    this.permits = new Semaphore(size);
  }

  /** The process's pool: {@code ndgrade.workers} workers (default: one per core, at most 4), default limits. */
  public static synchronized WorkerPool shared() {
    if (shared == null) {
      int cores = Runtime.getRuntime().availableProcessors();
      shared = new WorkerPool(Integer.getInteger("ndgrade.workers", Math.max(1, Math.min(cores, 4))),
          WorkerLimits.DEFAULT);
      Runtime.getRuntime().addShutdownHook(new Thread(shared::close, "ndgrade-worker-pool-shutdown"));
    }
    return shared;
  }

  WorkerLimits limits() {
    return limits;
  }

  /** Runs {@code job} on a free worker, starting one if none is idle; waits while all are busy. */
  WorkerRun run(Job job) {
    permits.acquireUninterruptibly();
    try {
      WorkerProcess worker;
      try {
        worker = take();
      } catch (IOException e) {
        return new WorkerRun(List.of(), "", "no worker JVM could be started: " + e.getMessage());
      }
      WorkerRun run = worker.run(job);
      give(worker);
      return run;
    } finally {
      permits.release();
    }
  }

  private WorkerProcess take() throws IOException {
    synchronized (idle) {
      for (WorkerProcess worker = idle.pollFirst(); worker != null; worker = idle.pollFirst()) {
        if (worker.isAlive()) {
          return worker;
        }
        worker.close();
      }
      started++;
    }
    return WorkerProcess.start(limits);
  }

  /** How many worker JVMs this pool has started. */
  int started() {
    synchronized (idle) {
      return started;
    }
  }

  private void give(WorkerProcess worker) {
    if (!worker.isAlive()) {
      worker.close();
      return;
    }
    synchronized (idle) {
      idle.addFirst(worker);
    }
  }

  @Override
  public void close() {
    synchronized (idle) {
      idle.forEach(WorkerProcess::close);
      idle.clear();
    }
  }
}
