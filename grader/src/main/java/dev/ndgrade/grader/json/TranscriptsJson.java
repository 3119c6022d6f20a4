package dev.ndgrade.grader.json;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.PrintWriter;

/**
 * The JSON of {@code ndgrade eval --json} (contract): {@code [{"file": ..., "output": ...}, ...]}, written one element
 * at a time, so that each file's transcript is out as soon as it is known and no file's failure loses another's.
 */
public final class TranscriptsJson {

  private static final ObjectWriter WRITER = JsonMapper.builder().build().writer();

  private final PrintWriter out;
  private boolean empty = true;

  private TranscriptsJson(PrintWriter out) {
    this.out = out;
  }

  /** One file's transcript: the path as given and everything the run printed. */
  @JsonPropertyOrder({"file", "output"})
  public record FileOutput(String file, String output) {}

  /** Opens the array on {@code out}. */
  public static TranscriptsJson open(PrintWriter out) {
    out.print('[');
    out.flush();
    return new TranscriptsJson(out);
  }

  /** Writes the next element and flushes it. */
  public void write(FileOutput output) {
    try {
      out.print((empty ? "" : ",") + WRITER.writeValueAsString(output));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write a transcript as JSON", e);
    }
    empty = false;
    out.flush();
  }

  /** Closes the array, with a final newline. */
  public void close() {
    out.print("]\n");
    out.flush();
  }
}
