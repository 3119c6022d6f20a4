package dev.ndgrade.grader.worker;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One submission to test: the exercise's compiled test classes, the submission's compiled classes (binary
 * name to class file), which test classes to run, and the limits.
 *
 * @param testClasses the exercise's test classes, never shown to student code
 * @param studentClasses the submission's classes, already scanned
 * @param testClassNames the test classes to select
 * @param perTestMillis how long one test may run
 * @param outputBytes how much the submission may print before the rest is dropped
 */
public record Job(Map<String, byte[]> testClasses, Map<String, byte[]> studentClasses, List<String> testClassNames,
                  long perTestMillis, int outputBytes) {

  public Job {
    testClasses = Map.copyOf(testClasses);
    studentClasses = Map.copyOf(studentClasses);
    testClassNames = List.copyOf(testClassNames);
  }

  void writeTo(DataOutputStream out) throws IOException {
    writeClasses(out, testClasses);
    writeClasses(out, studentClasses);
    Wire.writeStrings(out, testClassNames);
    out.writeLong(perTestMillis);
    out.writeInt(outputBytes);
  }

  static Job readFrom(DataInputStream in) throws IOException {
    Map<String, byte[]> tests = readClasses(in);
    Map<String, byte[]> student = readClasses(in);
    return new Job(tests, student, Wire.readStrings(in), in.readLong(), in.readInt());
  }

  private static void writeClasses(DataOutputStream out, Map<String, byte[]> classes) throws IOException {
    out.writeInt(classes.size());
    for (var entry : classes.entrySet()) {
      out.writeUTF(entry.getKey());
      out.writeInt(entry.getValue().length);
      out.write(entry.getValue());
    }
  }

  private static Map<String, byte[]> readClasses(DataInputStream in) throws IOException {
    int count = in.readInt();
    Map<String, byte[]> classes = new LinkedHashMap<>();
    for (int i = 0; i < count; i++) {
      String name = in.readUTF();
      byte[] bytes = new byte[in.readInt()];
      in.readFully(bytes);
      classes.put(name, bytes);
    }
    return classes;
  }
}
