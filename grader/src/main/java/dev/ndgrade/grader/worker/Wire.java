package dev.ndgrade.grader.worker;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/** The few shapes of data both ends of the worker channel write: capped strings, string and number lists. */
final class Wire {

  /** Longest text sent in one field, in characters (writeUTF's own limit is 65535 bytes). */
  static final int MAX_TEXT = 4000;

  private Wire() {}

  static void writeText(DataOutputStream out, String text) throws IOException {
    out.writeUTF(text.length() > MAX_TEXT ? text.substring(0, MAX_TEXT) + " …" : text);
  }

  static void writeStrings(DataOutputStream out, List<String> values) throws IOException {
    out.writeInt(values.size());
    for (String value : values) {
      writeText(out, value);
    }
  }

  static List<String> readStrings(DataInputStream in) throws IOException {
    int count = in.readInt();
    List<String> values = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      values.add(in.readUTF());
    }
    return values;
  }

  static void writeLongs(DataOutputStream out, long[] values) throws IOException {
    out.writeInt(values.length);
    for (long value : values) {
      out.writeLong(value);
    }
  }

  static long[] readLongs(DataInputStream in) throws IOException {
    long[] values = new long[in.readInt()];
    for (int i = 0; i < values.length; i++) {
      values[i] = in.readLong();
    }
    return values;
  }
}
