package dev.ndgrade.grader.worker;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * How one test went, as the worker saw it.
 *
 * @param test the test method's name
 * @param outcome passed, failed or timed out
 * @param message why it did not pass (one line), empty when it did
 * @param caseText the shrunk failing case, empty when there is none
 * @param pictures the arrays of that case, to draw
 */
public record TestReport(String test, Outcome outcome, String message, String caseText, List<Picture> pictures)
    implements WorkerMessage {

  /** How a test ended. */
  public enum Outcome {
    /** Every assertion held. */
    PASSED,
    /** An assertion failed or the code under test threw. */
    FAILED,
    /** It ran longer than the per-test limit. */
    TIMED_OUT
  }

  public TestReport {
    Objects.requireNonNull(test, "test must not be null");
    Objects.requireNonNull(outcome, "outcome must not be null");
    Objects.requireNonNull(message, "message must not be null");
    Objects.requireNonNull(caseText, "caseText must not be null");
    pictures = List.copyOf(pictures);
  }

  void writeTo(DataOutputStream out) throws IOException {
    Wire.writeText(out, test);
    out.writeUTF(outcome.name());
    Wire.writeText(out, message);
    Wire.writeText(out, caseText);
    out.writeInt(pictures.size());
    for (Picture picture : pictures) {
      picture.writeTo(out);
    }
  }

  static TestReport readFrom(DataInputStream in) throws IOException {
    String test = in.readUTF();
    Outcome outcome = Outcome.valueOf(in.readUTF());
    String message = in.readUTF();
    String caseText = in.readUTF();
    int count = in.readInt();
    List<Picture> pictures = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      pictures.add(Picture.readFrom(in));
    }
    return new TestReport(test, outcome, message, caseText, pictures);
  }
}
