package dev.ndgrade.grader.authoring;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.ndgrade.grader.exercise.Choice;
import dev.ndgrade.grader.exercise.Exercise;
import dev.ndgrade.grader.exercise.Question;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Computes exercises' keys with real CPython + NumPy: runs the shipped helper {@code numpy_keys.py}
 * in a {@code python3} subprocess, the exercises as JSON on its stdin, the keys as JSON on its stdout.
 */
public final class NumpyKeys {

  private static final String HELPER = "numpy_keys.py";
  /** The helper's exit code when NumPy cannot be imported. */
  private static final int NO_NUMPY = 3;
  private static final JsonMapper JSON = JsonMapper.builder().build();

  private final String python;
  private final long timeoutSeconds;

  /**
   * @param python the Python interpreter to run, e.g. {@code python3} (looked up on PATH)
   * @param timeoutSeconds how long the whole run may take
   */
  public NumpyKeys(String python, long timeoutSeconds) {
    this.python = python;
    this.timeoutSeconds = timeoutSeconds;
  }

  /**
   * NumPy's keys of {@code exercises}: {@code {"python", "numpy", "exercises": [{"id", "error"?,
   * "questions": {qid: {"key", "output", "error"?}}}]}}, one element per exercise, in order.
   *
   * @throws NumpyUnavailableException if the interpreter or NumPy is missing, or the run fails
   */
  public JsonNode compute(List<Exercise> exercises) throws NumpyUnavailableException, IOException {
    Path helper = Files.createTempFile("ndgrade-numpy-keys-", ".py");
    Path errors = Files.createTempFile("ndgrade-numpy-keys-", ".err");
    try (InputStream source = NumpyKeys.class.getResourceAsStream(HELPER)) {
      Files.copy(source, helper, StandardCopyOption.REPLACE_EXISTING);
      return run(helper, errors, input(exercises));
    } finally {
      Files.deleteIfExists(helper);
      Files.deleteIfExists(errors);
    }
  }

  private JsonNode run(Path helper, Path errors, byte[] input) throws NumpyUnavailableException, IOException {
    Process process;
    try {
      process = new ProcessBuilder(python, helper.toString()).redirectError(errors.toFile()).start();
    } catch (IOException notFound) {
      throw new NumpyUnavailableException("cannot run '" + python + "': " + notFound.getMessage()
          + " (verify-keys needs CPython 3.11 with NumPy 2.4; see --python)");
    }
    try (OutputStream stdin = process.getOutputStream()) {
      stdin.write(input);
    }
    byte[] output = process.getInputStream().readAllBytes();
    int exit = waitFor(process);
    String stderr = Files.readString(errors, StandardCharsets.UTF_8).strip();
    if (exit == NO_NUMPY) {
      throw new NumpyUnavailableException("'" + python + "' has no NumPy: " + stderr);
    }
    if (exit != 0) {
      throw new NumpyUnavailableException("'" + python + "' failed (exit " + exit + "): " + stderr);
    }
    return JSON.readTree(output);
  }

  private int waitFor(Process process) throws NumpyUnavailableException {
    try {
      if (!process.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
        process.destroyForcibly();
        throw new NumpyUnavailableException("'" + python + "' took more than " + timeoutSeconds + " s");
      }
      return process.exitValue();
    } catch (InterruptedException e) {
      process.destroyForcibly();
      Thread.currentThread().interrupt();
      throw new NumpyUnavailableException("interrupted while waiting for '" + python + "'");
    }
  }

  private static byte[] input(List<Exercise> exercises) throws IOException {
    ObjectNode root = JSON.createObjectNode();
    ArrayNode list = root.putArray("exercises");
    for (Exercise exercise : exercises) {
      ObjectNode node = list.addObject().put("id", exercise.id()).put("setup", exercise.setup());
      ArrayNode questions = node.putArray("questions");
      for (Question question : exercise.questions()) {
        ObjectNode q = questions.addObject().put("id", question.id()).put("ask", question.ask().word())
            .put("code", question.code());
        question.of().forEach(q.putArray("of")::add);
        ArrayNode choices = q.putArray("choices");
        for (Choice choice : question.choices()) {
          choices.addObject().put("label", choice.label()).put("when", choice.when());
        }
      }
    }
    return JSON.writeValueAsBytes(root);
  }
}
