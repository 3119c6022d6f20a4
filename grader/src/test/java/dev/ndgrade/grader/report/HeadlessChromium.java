package dev.ndgrade.grader.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.concurrent.TimeUnit;

/** Drives Debian's headless Chromium for tests: screenshots and DOM dumps of local files. */
final class HeadlessChromium {

  static final Path BINARY = Path.of("/usr/bin/chromium");
  private static final long TIMEOUT_SECONDS = 90;

  private static final Pattern MEASURE = Pattern.compile("<pre id=\"ndgrade-measure\">(.*?)</pre>", Pattern.DOTALL);

  private final Path work;

  HeadlessChromium(Path work) {
    this.work = work;
  }

  static boolean isInstalled() {
    return Files.isExecutable(BINARY);
  }

  /** A PNG of {@code page} rendered in a window of the given size. */
  Path screenshot(Path page, int width, int height) throws IOException, InterruptedException {
    Path png = work.resolve(page.getFileName() + "-" + width + ".png");
    run(List.of("--hide-scrollbars", "--window-size=" + width + "," + height, "--screenshot=" + png,
        page.toUri().toString()), work.resolve("screenshot.out"));
    return png;
  }

  /**
   * The DOM after loading; with a virtual-time budget (milliseconds, 0 for none), after
   * asynchronous scripts such as axe have had that much virtual time to finish.
   */
  String dumpDom(Path page, int virtualTimeBudget) throws IOException, InterruptedException {
    Path out = work.resolve("dom.html");
    List<String> arguments = new ArrayList<>();
    if (virtualTimeBudget > 0) {
      arguments.add("--virtual-time-budget=" + virtualTimeBudget);
    }
    arguments.add("--dump-dom");
    arguments.add(page.toUri().toString());
    run(arguments, out);
    return Files.readString(out, StandardCharsets.UTF_8);
  }

  /**
   * What {@code script} leaves in {@code window.ndgradeMeasure} (a string) once {@code page} is
   * laid out in a window {@code width} pixels wide: a measurement of the real rendering.
   */
  String measure(Path page, int width, String script) throws IOException, InterruptedException {
    Path measured = page.resolveSibling("measured-" + width + "-" + page.getFileName());
    String runner = "<script>" + script + "\nvar out = document.createElement('pre'); out.id = 'ndgrade-measure';"
        + " out.textContent = window.ndgradeMeasure; document.body.appendChild(out);</script></body>";
    Files.writeString(measured, Files.readString(page, StandardCharsets.UTF_8).replace("</body>", runner));
    Path out = work.resolve("measure.html");
    run(List.of("--window-size=" + width + ",1600", "--dump-dom", measured.toUri().toString()), out);
    Matcher result = MEASURE.matcher(Files.readString(out, StandardCharsets.UTF_8));
    if (!result.find()) {
      throw new IllegalStateException("the measuring script left nothing on " + page);
    }
    return result.group(1);
  }

  private void run(List<String> arguments, Path stdout) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of(BINARY.toString(), "--headless", "--no-sandbox", "--disable-gpu",
        "--no-first-run", "--disable-extensions", "--user-data-dir=" + work.resolve("profile")));
    command.addAll(arguments);
    Process process = new ProcessBuilder(command)
        .redirectOutput(stdout.toFile())
        .redirectError(work.resolve("chromium.err").toFile())
        .start();
    if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
      process.destroyForcibly();
      throw new IOException("chromium did not finish within " + TIMEOUT_SECONDS + " s: " + command);
    }
  }
}
