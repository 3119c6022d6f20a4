package dev.ndgrade.grader.report;

import java.util.List;

/**
 * A memory diagram laid out for the SVG template: every shape with its coordinates (pixels of
 * the SVG's own coordinate system). Public because templates read it.
 *
 * @param id element id prefix, unique in the page
 * @param title what the diagram shows, for its {@code <title>}
 * @param description the diagram in words, for its {@code <desc>} and the text below it
 * @param width the SVG's width
 * @param height the SVG's height
 * @param tags name tags
 * @param cards array objects
 * @param arrows arrows from names to array objects
 * @param windows each array's cells over its buffer
 * @param strips buffers
 * @param empty whether the namespace holds no array (the template says so instead of drawing)
 */
public record DiagramView(String id, String title, List<String> description, int width, int height,
                          List<Tag> tags, List<Card> cards, List<Arrow> arrows, List<Cell> windows,
                          List<Strip> strips, boolean empty) {

  /** The mark a window cell's label ends with when several of the array's elements read that cell. */
  public static final String SHARED_MARK = "+";

  /**
   * Whether some array reads one cell for several elements (broadcasting, a zero stride), so the
   * legend explains the {@code 0,0+} labels.
   */
  public boolean sharedCells() {
    return windows.stream().anyMatch(cell -> cell.text().endsWith(SHARED_MARK));
  }

  /** A name, or a non-array value bound to a name. */
  public record Tag(int x, int y, int width, int height, String text, String value) {}

  /** An array object's box: lines of text, and whether it is a view (dashed) or owns its data (solid). */
  public record Card(int x, int y, int width, int height, String heading, String badge, List<String> lines,
                     boolean view) {}

  /** A line from a name tag to an array card ({@code d} is the SVG path). */
  public record Arrow(String d) {}

  /** A cell of a window or a buffer: position, text above and below, and how it is drawn. */
  public record Cell(int x, int y, int width, int height, String text, String caption, String style) {}

  /** A buffer: its label, its cells, and where the "byte offset" caption ends (right-aligned). */
  public record Strip(int x, int y, String label, String sublabel, int captionX, List<Cell> cells) {}
}
