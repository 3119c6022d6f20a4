package dev.ndgrade.grader.exercise;

import dev.ndgrade.grader.data.DataFormatException;
import dev.ndgrade.grader.data.DataReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * A directory of predict exercises, {@code <root>/<id>/exercise.yaml}, either on disk or the one
 * bundled in the exercises jar. Exercises are read on demand, so one broken exercise never
 * hides the others.
 */
public final class ExerciseBank {

  /** The file every exercise directory holds. */
  public static final String EXERCISE_FILE = "exercise.yaml";
  /** The {@link #reference()} of the bundled bank. */
  public static final String BUNDLED = "bundled";
  private static final String BUNDLED_RESOURCE = "bank";

  private final Path root;
  private final String shownRoot;
  private final String reference;
  private final ExerciseReader reader;

  private ExerciseBank(Path root, String shownRoot, String reference) {
    this.root = root;
    this.shownRoot = shownRoot;
    this.reference = reference;
    this.reader = new ExerciseReader(DataReader.create());
  }

  /**
   * The bank in directory {@code root}; messages name files under {@code shownRoot} (the path
   * as the user typed it).
   */
  public static ExerciseBank at(Path root, String shownRoot) {
    Objects.requireNonNull(root, "root must not be null");
    Objects.requireNonNull(shownRoot, "shownRoot must not be null");
    return new ExerciseBank(root, shownRoot, root.toAbsolutePath().toString());
  }

  /** The bank a {@link #reference()} names (the bundled one for {@value #BUNDLED}). */
  public static ExerciseBank fromReference(String reference, String shownRoot) {
    return BUNDLED.equals(reference) ? bundled() : at(Path.of(reference), shownRoot);
  }

  /** The bank shipped in the exercises jar (its files are named {@code exercises/<id>/...}). */
  public static ExerciseBank bundled() {
    URL marker = ExerciseBank.class.getClassLoader().getResource(BUNDLED_RESOURCE);
    if (marker == null) {
      throw new IllegalStateException("the bundled exercise bank is not on the classpath (resource '"
          + BUNDLED_RESOURCE + "/' from the exercises jar)");
    }
    return new ExerciseBank(pathOf(marker), "exercises", BUNDLED);
  }

  private static Path pathOf(URL url) {
    try {
      URI uri = url.toURI();
      if ("jar".equals(uri.getScheme())) {
        try {
          FileSystems.newFileSystem(uri, Map.of());
        } catch (FileSystemAlreadyExistsException alreadyOpen) {
          // another bank opened the same jar first; Path.of(uri) finds its file system
        }
      }
      return Path.of(uri);
    } catch (URISyntaxException | IOException e) {
      throw new IllegalStateException("cannot open the bundled exercise bank at " + url, e);
    }
  }

  /** The bank's directory. */
  public Path root() {
    return root;
  }

  /** The ids of the exercises (directories holding an exercise.yaml), sorted. */
  public List<String> ids() {
    try (Stream<Path> children = Files.list(root)) {
      return children
          .filter(dir -> Files.isRegularFile(dir.resolve(EXERCISE_FILE)))
          .map(dir -> dir.getFileName().toString().replace("/", ""))
          .sorted()
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list the exercise bank " + shownRoot, e);
    }
  }

  /** Whether {@code id} is a valid exercise id: lower-case letters, digits and dashes. */
  public static boolean isExerciseId(String id) {
    return ExerciseReader.EXERCISE_ID.matcher(id).matches();
  }

  /** Whether the bank has an exercise with this id. */
  public boolean contains(String id) {
    return isExerciseId(id)
        && Files.isRegularFile(root.resolve(id).resolve(EXERCISE_FILE));
  }

  /**
   * Reads and validates one exercise.
   *
   * @throws UnknownExerciseException if the bank has no such exercise
   * @throws DataFormatException if its file is not a valid exercise (located)
   */
  public Exercise load(String id) throws UnknownExerciseException, DataFormatException {
    if (!contains(id)) {
      throw new UnknownExerciseException(id, ids());
    }
    return reader.read(root.resolve(id).resolve(EXERCISE_FILE), shownFile(id), id);
  }

  /** How messages name an exercise's file, e.g. {@code exercises/views-slicing/exercise.yaml}. */
  public String shownFile(String id) {
    return shownRoot + "/" + id + "/" + EXERCISE_FILE;
  }

  /** The sample submissions shipped beside the exercises ({@code <root>/samples}). */
  public Path samples() {
    return root.resolve("samples");
  }

  /** A string that finds this bank again in another component: {@value #BUNDLED} or an absolute path. */
  public String reference() {
    return reference;
  }

  /** How messages name the bank's root. */
  public String shownRoot() {
    return shownRoot;
  }
}
