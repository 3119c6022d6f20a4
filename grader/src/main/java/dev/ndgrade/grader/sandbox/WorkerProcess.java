package dev.ndgrade.grader.sandbox;

import dev.ndgrade.grader.worker.Job;
import dev.ndgrade.grader.worker.JobEnd;
import dev.ndgrade.grader.worker.TestReport;
import dev.ndgrade.grader.worker.WorkerChannel;
import dev.ndgrade.grader.worker.WorkerMain;
import dev.ndgrade.grader.worker.WorkerMessage;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * One worker JVM and its private channel: started with the same {@code java} as the grader, the worker class
 * path only, a heap cap and {@code -XX:+ExitOnOutOfMemoryError}; its stdout and stderr are discarded (student
 * prints are captured inside it). The channel is a loopback socket the worker opens and authenticates with a
 * one-time token before any student class exists.
 */
final class WorkerProcess implements AutoCloseable {

  /** The exit status of {@code -XX:+ExitOnOutOfMemoryError}. */
  private static final int OUT_OF_MEMORY_EXIT = 3;
  private static final int CONNECT_MILLIS = 30_000;

  private final Process process;
  private final Socket socket;
  private final DataInputStream in;
  private final DataOutputStream out;
  private final WorkerLimits limits;

  private WorkerProcess(Process process, Socket socket, WorkerLimits limits) throws IOException {
    this.process = process;
    this.socket = socket;
    this.in = new DataInputStream(new BufferedInputStream(socket.getInputStream()));
    this.out = new DataOutputStream(new BufferedOutputStream(socket.getOutputStream()));
    this.limits = limits;
  }

  static WorkerProcess start(WorkerLimits limits) throws IOException {
    String token = HexFormat.of().formatHex(new SecureRandom().generateSeed(16));
    try (ServerSocket server = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      server.setSoTimeout(CONNECT_MILLIS);
      Process process = new ProcessBuilder(command(limits, server.getLocalPort(), token))
          .redirectOutput(ProcessBuilder.Redirect.DISCARD)
          .redirectError(ProcessBuilder.Redirect.DISCARD)
          .start();
      try {
        Socket socket = server.accept();
        socket.setTcpNoDelay(true);
        WorkerProcess worker = new WorkerProcess(process, socket, limits);
        if (!token.equals(worker.in.readUTF())) {
          worker.close();
          throw new IOException("a process other than the worker connected to its channel");
        }
        return worker;
      } catch (IOException e) {
        process.destroyForcibly();
        throw e;
      }
    }
  }

  private static List<String> command(WorkerLimits limits, int port, String token) {
    String java = ProcessHandle.current().info().command().orElse("java");
    return List.of(java, "-Xmx" + limits.heapMegabytes() + "m", "-Xss1m", "-XX:+UseSerialGC",
        "-XX:+ExitOnOutOfMemoryError", "-Xshare:auto", "-cp", Classpath.worker(),
        WorkerMain.class.getName(), Integer.toString(port), token);
  }

  /**
   * Runs a job. Whatever happens, returns what finished; a worker that overran, died or left something
   * running is closed and must not be used again ({@link #isAlive()} is false).
   */
  WorkerRun run(Job job) {
    long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(limits.perSubmissionMillis());
    List<TestReport> reports = new ArrayList<>();
    try {
      WorkerChannel.writeJob(out, job);
      while (true) {
        long left = TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime());
        if (left <= 0) {
          throw new SocketTimeoutException();
        }
        socket.setSoTimeout((int) Math.max(1, left));
        WorkerMessage message = WorkerChannel.readMessage(in);
        if (message instanceof TestReport report) {
          reports.add(report);
        } else if (message instanceof JobEnd end) {
          if (!end.reusable()) {
            close();
          }
          return new WorkerRun(reports, end.output(), end.problem());
        }
      }
    } catch (SocketTimeoutException e) {
      close();
      return new WorkerRun(reports, "", "the submission's tests did not finish within "
          + limits.perSubmissionMillis() / 1000 + " s, so its worker was stopped");
    } catch (IOException e) {
      return new WorkerRun(reports, "", death());
    }
  }

  private String death() {
    try {
      if (!process.waitFor(5, TimeUnit.SECONDS)) {
        close();
        return "the worker stopped answering";
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    close();
    int status = process.exitValue();
    return status == OUT_OF_MEMORY_EXIT
        ? "the submission ran out of memory (limit " + limits.heapMegabytes() + " MB), which ended its worker"
        : "the worker JVM stopped (exit status " + status + ")";
  }

  boolean isAlive() {
    return process.isAlive() && !socket.isClosed();
  }

  @Override
  public void close() {
    try {
      socket.close();
    } catch (IOException ignored) {
      // the process is killed next; nothing more to release
    }
    process.destroyForcibly();
  }
}
