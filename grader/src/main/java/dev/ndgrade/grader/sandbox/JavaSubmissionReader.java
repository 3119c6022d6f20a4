package dev.ndgrade.grader.sandbox;

import dev.ndgrade.grader.data.DataFormatException;
import dev.ndgrade.grader.data.Location;
import dev.ndgrade.grader.data.SourceText;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Reads Java submissions: a {@code .java} file, or a directory of them, with {@code // exercise: ID} (and
 * optionally {@code // student: NAME}) among the first lines of a file. Problems are located
 * {@link DataFormatException}s.
 */
public final class JavaSubmissionReader {

  private static final int MAX_FILES = 20;
  private static final long MAX_BYTES = 200_000;
  private static final Pattern EXERCISE = Pattern.compile("^\\s*//\\s*exercise:\\s*([a-z0-9][a-z0-9-]{0,63})\\s*$");
  private static final Pattern STUDENT = Pattern.compile("^\\s*//\\s*student:\\s*([\\p{L}\\p{N}._@+-]{1,100})\\s*$");

  private JavaSubmissionReader() {}

  /** Whether {@code path} is a Java submission (a {@code .java} file or a directory) rather than an answer file. */
  public static boolean isJava(Path path) {
    return Files.isDirectory(path) || String.valueOf(path.getFileName()).endsWith(".java");
  }

  /** Reads the submission at {@code path}, named {@code shownName} in messages. */
  public static JavaSubmission read(Path path, String shownName) throws DataFormatException {
    List<Path> files = files(path, shownName);
    List<JavaSource> sources = new ArrayList<>();
    String exercise = null;
    String student = stem(path);
    long total = 0;
    for (Path file : files) {
      String shown = Files.isDirectory(path) ? shownName + "/" + path.relativize(file) : shownName;
      String name = Files.isDirectory(path) ? path.relativize(file).toString().replace('\\', '/')
          : String.valueOf(file.getFileName());
      String text = SourceText.read(file, shown, MAX_BYTES);
      total += text.length();
      if (total > MAX_BYTES) {
        throw new DataFormatException(Location.ofFile(shownName), "the submission is larger than "
            + MAX_BYTES / 1000 + " kB");
      }
      String found = SourceText.header(text, EXERCISE);
      if (found != null && exercise != null && !found.equals(exercise)) {
        throw new DataFormatException(Location.ofFile(shown), "this file says exercise '" + found
            + "' but another says '" + exercise + "'");
      }
      exercise = found != null ? found : exercise;
      String named = SourceText.header(text, STUDENT);
      student = named != null ? named : student;
      sources.add(new JavaSource(name, text));
    }
    if (exercise == null) {
      throw new DataFormatException(new Location(shownName, 1, 1), "no '// exercise: ID' line among the first "
          + SourceText.HEADER_LINES + " lines of a .java file");
    }
    return new JavaSubmission(student, exercise, sources);
  }

  private static List<Path> files(Path path, String shownName) throws DataFormatException {
    if (!Files.isDirectory(path)) {
      return List.of(path);
    }
    try (Stream<Path> walk = Files.walk(path)) {
      List<Path> files = walk.filter(Files::isRegularFile).filter(f -> f.toString().endsWith(".java")).sorted().toList();
      if (files.isEmpty() || files.size() > MAX_FILES) {
        throw new DataFormatException(Location.ofFile(shownName), "a submission directory must hold 1 to "
            + MAX_FILES + " .java files, found " + files.size());
      }
      return files;
    } catch (IOException e) {
      throw new DataFormatException(Location.ofFile(shownName), "cannot read: " + e.getMessage());
    }
  }

  private static String stem(Path path) {
    String name = String.valueOf(path.getFileName());
    return name.endsWith(".java") ? name.substring(0, name.length() - ".java".length()) : name;
  }
}
