package dev.ndgrade.grader.cli;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.security.CodeSource;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * How the user ran ndgrade, so that a next step the CLI prints can be pasted where they are:
 * the launcher as they typed it ({@code NDGRADE_LAUNCHER}, set by {@code grader/bin/ndgrade} and
 * {@code ndgrade.cmd}), else {@code java -jar} and the student distribution's jar, else {@code ndgrade}.
 *
 * @param prefix the words that start an ndgrade command
 */
record Invocation(List<String> prefix) {

  /** Environment variable the launchers set to the path they were run by. */
  static final String LAUNCHER_VARIABLE = "NDGRADE_LAUNCHER";
  private static final Pattern PLAIN_WORD = Pattern.compile("[A-Za-z0-9_./:=@%+,-]+");

  Invocation {
    prefix = List.copyOf(prefix);
  }

  /** How this process was started. */
  static Invocation current() {
    String launcher = System.getenv(LAUNCHER_VARIABLE);
    if (launcher != null && !launcher.isBlank()) {
      return new Invocation(List.of(launcher));
    }
    return runningJar().map(jar -> new Invocation(List.of("java", "-jar", shown(jar))))
        .orElseGet(() -> new Invocation(List.of("ndgrade")));
  }

  /** The command line for {@code arguments}, each word quoted where a shell needs it. */
  String command(List<String> arguments) {
    return Stream.concat(prefix.stream(), arguments.stream()).map(Invocation::quoted)
        .collect(Collectors.joining(" "));
  }

  /** {@link #command(List)} of the words given. */
  String command(String... arguments) {
    return command(List.of(arguments));
  }

  private static String quoted(String word) {
    if (PLAIN_WORD.matcher(word).matches()) {
      return word;
    }
    return isWindows() ? '"' + word + '"' : "'" + word.replace("'", "'\\''") + "'";
  }

  private static boolean isWindows() {
    return System.getProperty("os.name", "").startsWith("Windows");
  }

  /** The jar this class was loaded from, when it is one (the student distribution). */
  private static Optional<Path> runningJar() {
    CodeSource source = Invocation.class.getProtectionDomain().getCodeSource();
    if (source == null || source.getLocation() == null) {
      return Optional.empty();
    }
    try {
      Path path = Path.of(source.getLocation().toURI());
      return path.toString().endsWith(".jar") ? Optional.of(path) : Optional.empty();
    } catch (URISyntaxException | IllegalArgumentException notAFile) {
      return Optional.empty();
    }
  }

  /** The jar relative to the working directory when it is under it, else absolute. */
  private static String shown(Path jar) {
    Path here = Path.of("").toAbsolutePath();
    Path absolute = jar.toAbsolutePath().normalize();
    return absolute.startsWith(here) ? here.relativize(absolute).toString() : absolute.toString();
  }

  /** Arguments that repeat the options a next step needs to see the same bank and values. */
  static List<String> options(BankOption bank, CourseSeedOption seed) {
    List<String> words = new ArrayList<>(bank.asArguments());
    words.addAll(seed.asArguments());
    return words;
  }
}
