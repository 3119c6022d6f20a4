package dev.ndgrade.grader.worker;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.net.InetAddress;
import java.net.Socket;

/**
 * A worker JVM's entry point: {@code WorkerMain PORT TOKEN}. Connects to the grader on the loopback interface,
 * proves it is the process the grader started with the token, then runs jobs until the grader closes the
 * channel. System.out and System.err are captured before any student class exists.
 */
public final class WorkerMain {

  private WorkerMain() {}

  public static void main(String[] args) throws IOException {
    OutputCapture output = OutputCapture.install();
    try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), Integer.parseInt(args[0]))) {
      socket.setTcpNoDelay(true);
      DataInputStream in = new DataInputStream(new BufferedInputStream(socket.getInputStream()));
      DataOutputStream out = new DataOutputStream(new BufferedOutputStream(socket.getOutputStream()));
      out.writeUTF(args[1]);
      out.flush();
      while (true) {
        Job job;
        try {
          job = WorkerChannel.readJob(in);
        } catch (EOFException closed) {
          return;
        }
        WorkerChannel.writeMessage(out, JobRunner.run(job, output, out));
      }
    }
  }
}
