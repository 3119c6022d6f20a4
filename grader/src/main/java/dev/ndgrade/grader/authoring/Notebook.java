package dev.ndgrade.grader.authoring;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The cells of a Jupyter notebook ({@code .ipynb}, nbformat 4), as far as an import needs them.
 *
 * @param cells the markdown and code cells in order
 */
public record Notebook(List<Cell> cells) {

  public Notebook {
    cells = List.copyOf(cells);
  }

  /** One cell of a notebook. */
  public sealed interface Cell permits Markdown, Code {}

  /** Prose, kept as written (a course notebook's own language included). */
  public record Markdown(String text) implements Cell {
    public Markdown {
      Objects.requireNonNull(text, "text must not be null");
    }
  }

  /**
   * Code, with what the notebook showed when it last ran.
   *
   * @param label how the notebook labels the cell, e.g. {@code In [4]}
   * @param source the cell's code
   * @param shown its stored outputs (streams and plain-text results), possibly empty
   */
  public record Code(String label, String source, String shown) implements Cell {
    public Code {
      Objects.requireNonNull(label, "label must not be null");
      Objects.requireNonNull(source, "source must not be null");
      Objects.requireNonNull(shown, "shown must not be null");
    }
  }

  /**
   * Reads an {@code .ipynb} file.
   *
   * @throws IOException if it cannot be read or is not a notebook's JSON
   */
  public static Notebook read(Path file) throws IOException {
    JsonNode root = JsonMapper.builder().build().readTree(file.toFile());
    if (root == null || !root.path("cells").isArray()) {
      throw new IOException(file + " is not a Jupyter notebook (no \"cells\" list)");
    }
    List<Cell> cells = new ArrayList<>();
    for (JsonNode cell : root.path("cells")) {
      String source = text(cell.path("source"));
      switch (cell.path("cell_type").asText()) {
        case "markdown" -> cells.add(new Markdown(source));
        case "code" -> cells.add(new Code(label(cell), source, shown(cell.path("outputs"))));
        default -> { } // raw cells carry nothing to import
      }
    }
    return new Notebook(cells);
  }

  private static String label(JsonNode cell) {
    JsonNode count = cell.path("execution_count");
    return "In [" + (count.isNumber() ? count.asText() : " ") + "]";
  }

  private static String shown(JsonNode outputs) {
    StringBuilder text = new StringBuilder();
    for (JsonNode output : outputs) {
      text.append(text(output.has("text") ? output.path("text") : output.path("data").path("text/plain")));
      if (text.length() > 0 && text.charAt(text.length() - 1) != '\n') {
        text.append('\n');
      }
    }
    return text.toString();
  }

  /** nbformat stores multi-line text as one string or as a list of lines. */
  private static String text(JsonNode node) {
    if (node.isArray()) {
      StringBuilder joined = new StringBuilder();
      node.forEach(line -> joined.append(line.asText()));
      return joined.toString();
    }
    return node.isMissingNode() || node.isNull() ? "" : node.asText();
  }
}
