package dev.ndgrade.grader.worker;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;

/**
 * The wire format of the loopback channel between the grader and a worker: a token, then jobs one way and
 * messages the other. Student code never holds this channel: it is opened by the worker before any student
 * class exists, and the bytecode scan refuses every network and file API.
 */
public final class WorkerChannel {

  private static final byte REPORT = 'R';
  private static final byte END = 'E';

  private WorkerChannel() {}

  /** Sends a job to a worker. */
  public static void writeJob(DataOutputStream out, Job job) throws IOException {
    job.writeTo(out);
    out.flush();
  }

  static Job readJob(DataInputStream in) throws IOException {
    return Job.readFrom(in);
  }

  static void writeMessage(DataOutputStream out, WorkerMessage message) throws IOException {
    if (message instanceof TestReport report) {
      out.writeByte(REPORT);
      report.writeTo(out);
    } else if (message instanceof JobEnd end) {
      out.writeByte(END);
      Wire.writeText(out, end.output());
      Wire.writeText(out, end.problem());
      out.writeBoolean(end.reusable());
    }
    out.flush();
  }

  /** Reads the next message of a job. */
  public static WorkerMessage readMessage(DataInputStream in) throws IOException {
    byte tag = in.readByte();
    return switch (tag) {
      case REPORT -> TestReport.readFrom(in);
      case END -> new JobEnd(in.readUTF(), in.readUTF(), in.readBoolean());
      default -> throw new IOException("unknown message tag " + tag + " on the worker channel");
    };
  }
}
