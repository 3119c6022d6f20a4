package dev.ndgrade.grader.worker;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/**
 * Replaces System.out and System.err for the worker's life with one capped buffer: a submission's prints are
 * kept up to a limit per job and counted beyond it, never written to the worker's real output.
 */
final class OutputCapture extends OutputStream {

  private final ByteArrayOutputStream kept = new ByteArrayOutputStream();
  private int limit;
  private long dropped;

  private OutputCapture() {}

  static OutputCapture install() {
    OutputCapture capture = new OutputCapture();
    PrintStream stream = new PrintStream(capture, true, StandardCharsets.UTF_8);
    System.setOut(stream);
    System.setErr(stream);
    return capture;
  }

  /** Starts a job's capture, keeping at most {@code limitBytes}. */
  synchronized void reset(int limitBytes) {
    kept.reset();
    limit = limitBytes;
    dropped = 0;
  }

  @Override
  public synchronized void write(int b) {
    if (kept.size() < limit) {
      kept.write(b);
    } else {
      dropped++;
    }
  }

  @Override
  public synchronized void write(byte[] bytes, int offset, int length) {
    int room = Math.max(0, Math.min(length, limit - kept.size()));
    kept.write(bytes, offset, room);
    dropped += length - room;
  }

  /** What was kept, with a line saying how much was dropped. */
  synchronized String text() {
    String text = kept.toString(StandardCharsets.UTF_8);
    return dropped == 0 ? text : text + "\n… " + dropped + " more bytes of output were dropped (limit "
        + limit + " bytes)";
  }
}
