package dev.ndgrade.grader.json;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.util.List;

/** The JSON of {@code ndgrade eval --json} (contract): {@code [{"file": ..., "output": ...}, ...]}. */
public final class TranscriptsJson {

  private static final ObjectWriter WRITER = JsonMapper.builder().build().writer();

  private TranscriptsJson() {}

  /** One file's transcript: the path as given and everything the run printed. */
  @JsonPropertyOrder({"file", "output"})
  public record FileOutput(String file, String output) {}

  /** One JSON array, one element per file in order, with a final newline. */
  public static String write(List<FileOutput> outputs) {
    try {
      return WRITER.writeValueAsString(outputs) + "\n";
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write transcripts as JSON", e);
    }
  }
}
