package dev.ndgrade.grader.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds axe-core (npm) for the accessibility test: {@code NDGRADE_AXE} (a path to axe.min.js), else
 * the copy {@code .ci/run} installs under {@code ~/.cache/ndgrade/axe}, else installs it there with npm.
 */
final class AxeCore {

  /** The version .ci/run installs too. */
  static final String VERSION = "4.14.1";
  private static final Path CACHE = Path.of(System.getProperty("user.home"), ".cache", "ndgrade", "axe");
  private static final Path SCRIPT = CACHE.resolve("node_modules/axe-core/axe.min.js");

  private static final Pattern AXE_RESULTS = Pattern.compile("<pre id=\"axe-results\">(.*?)</pre>", Pattern.DOTALL);

  private AxeCore() {}

  /**
   * The serious and critical violations axe finds in {@code page}, run in headless Chromium on a
   * copy of the page (next to it, so relative links resolve) with axe inlined; empty when none.
   */
  static List<String> seriousViolations(Path axe, HeadlessChromium chromium, Path page)
      throws IOException, InterruptedException {
    Path audited = page.resolveSibling("audited-" + page.getFileName());
    String runner = "<script>" + Files.readString(axe, StandardCharsets.UTF_8) + "</script><script>"
        + "axe.run(document, {resultTypes: ['violations']}).then(function (r) {"
        + " var out = document.createElement('pre'); out.id = 'axe-results';"
        + " out.textContent = JSON.stringify(r.violations.map(function (v) {"
        + "  return {id: v.id, impact: v.impact, nodes: v.nodes.map(function (n) { return n.target.join(' '); })}; }));"
        + " document.body.appendChild(out); });</script></body>";
    Files.writeString(audited, Files.readString(page, StandardCharsets.UTF_8).replace("</body>", runner));
    Matcher results = AXE_RESULTS.matcher(chromium.dumpDom(audited, 10_000));
    if (!results.find()) {
      throw new IllegalStateException("axe did not report on " + page + " (did it run?)");
    }
    JsonNode violations = new ObjectMapper().readTree(
        results.group(1).replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&"));
    List<String> serious = new ArrayList<>();
    for (JsonNode violation : violations) {
      String impact = violation.path("impact").asText();
      if (impact.equals("serious") || impact.equals("critical")) {
        serious.add(violation.toString());
      }
    }
    return serious;
  }

  static Optional<Path> script() {
    String configured = System.getenv("NDGRADE_AXE");
    if (configured != null && Files.isRegularFile(Path.of(configured))) {
      return Optional.of(Path.of(configured));
    }
    if (!Files.isRegularFile(SCRIPT)) {
      install();
    }
    return Files.isRegularFile(SCRIPT) ? Optional.of(SCRIPT) : Optional.empty();
  }

  private static void install() {
    try {
      Files.createDirectories(CACHE);
      Process npm = new ProcessBuilder(List.of("npm", "install", "--prefix", CACHE.toString(), "--no-audit",
          "--no-fund", "--silent", "axe-core@" + VERSION))
          .redirectOutput(CACHE.resolve("npm.out").toFile())
          .redirectError(CACHE.resolve("npm.err").toFile())
          .start();
      if (!npm.waitFor(180, TimeUnit.SECONDS)) {
        npm.destroyForcibly();
      }
    } catch (IOException e) {
      // no npm on this machine: the accessibility test is skipped, as its assumption says
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
