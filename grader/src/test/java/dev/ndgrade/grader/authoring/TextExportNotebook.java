package dev.ndgrade.grader.authoring;

import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Builds an {@code .ipynb} from a notebook's text export (the seed notebook is only that): an
 * {@code In [n]:} line starts a code cell that runs to the first blank line; the blocks after it
 * are its output until a block reads as prose (Hangul or a heading), and prose from then on.
 */
final class TextExportNotebook {

  private static final Pattern CELL = Pattern.compile("In \\[([0-9]+| |None)\\]:");

  private TextExportNotebook() {}

  static String toIpynb(String export) {
    JsonMapper json = JsonMapper.builder().build();
    ObjectNode root = json.createObjectNode().put("nbformat", 4).put("nbformat_minor", 5);
    root.putObject("metadata");
    ArrayNode cells = root.putArray("cells");
    List<String> blocks = List.of(export.replace("\r", "").split("\n\\s*\n"));
    ObjectNode code = null;
    boolean prose = true;
    for (String block : blocks) {
      String text = block.strip();
      Matcher start = CELL.matcher(text.lines().findFirst().orElse(""));
      if (start.matches()) {
        code = cells.addObject().put("cell_type", "code");
        if (start.group(1).matches("[0-9]+")) {
          code.put("execution_count", Integer.parseInt(start.group(1)));
        } else {
          code.putNull("execution_count");
        }
        code.put("source", text.substring(text.indexOf('\n') + 1));
        code.putArray("outputs");
        code.putObject("metadata");
        prose = text.indexOf('\n') < 0;
      } else if (!text.isEmpty() && code != null && !prose && !readsAsProse(text)) {
        ((ArrayNode) code.get("outputs")).addObject().put("output_type", "stream").put("name", "stdout")
            .put("text", text + "\n");
      } else if (!text.isEmpty()) {
        prose = true;
        cells.addObject().put("cell_type", "markdown").put("source", text).putObject("metadata");
      }
    }
    return root.toString();
  }

  private static boolean readsAsProse(String text) {
    return text.startsWith("#") || text.codePoints().anyMatch(c -> Character.UnicodeScript.of(c)
        == Character.UnicodeScript.HANGUL);
  }
}
