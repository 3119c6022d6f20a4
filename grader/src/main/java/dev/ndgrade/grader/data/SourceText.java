package dev.ndgrade.grader.data;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A submitted source file (Python or Java) as text, bounded against hostile input, and the {@code exercise:} /
 * {@code student:} header lines that name what it answers and who wrote it.
 */
public final class SourceText {
  /** Header lines are looked for among this many first lines. */
  public static final int HEADER_LINES = 10;

  private SourceText() {
  }

  /** The file's text; too large, not UTF-8 or unreadable is a located error naming {@code shown}. */
  public static String read(Path file, String shown, long maxBytes) throws DataFormatException {
    try {
      if (Files.size(file) > maxBytes) {
        throw new DataFormatException(Location.ofFile(shown), "the file is larger than " + maxBytes / 1000 + " kB");
      }
      return StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(Files.readAllBytes(file))).toString();
    } catch (CharacterCodingException e) {
      throw new DataFormatException(Location.ofFile(shown), "the file is not UTF-8 text");
    } catch (IOException e) {
      throw new DataFormatException(Location.ofFile(shown), "cannot read: " + e.getMessage());
    }
  }

  /** Group 1 of the first of the header lines that {@code pattern} matches whole, or null. */
  public static String header(String text, Pattern pattern) {
    return text.lines().limit(HEADER_LINES).map(pattern::matcher).filter(Matcher::matches)
        .map(m -> m.group(1)).findFirst().orElse(null);
  }
}
