package dev.ndgrade.grader.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.ndgrade.grader.engine.BatchGrader;
import dev.ndgrade.grader.engine.Scope;
import dev.ndgrade.grader.exercise.ExerciseBank;
import dev.ndgrade.grader.result.SubmissionResult;
import dev.ndgrade.grader.summary.ClassSummary;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Loads the class summary of the bundled samples (graded for real, reports alongside) in headless
 * Chromium, when installed: it draws its charts on a desktop and a phone, its links lead to the
 * reports, answers stay text, and axe finds no serious problem.
 */
class BrowserSummaryTests {

  /** The fill of histogram bars ({@code --own}) and of correct shares ({@code --correct}). */
  private static final int BAR_BLUE = 0x1d4ed8;
  private static final int CORRECT_GREEN = 0x166534;
  private static final Pattern HREF = Pattern.compile("href=\"([^\"#][^\"]*)\"");

  @TempDir
  static Path work;
  private static Path page;
  private static HeadlessChromium chromium;

  @BeforeAll
  static void gradeTheSamplesAndRenderTheirSummary() throws Exception {
    assumeTrue(HeadlessChromium.isInstalled(), "needs " + HeadlessChromium.BINARY);
    ExerciseBank bank = ExerciseBank.bundled();
    ReportRenderer renderer = ReportRenderer.create();
    List<Path> files;
    try (Stream<Path> walk = Files.walk(bank.samples())) {
      // Python submissions are summarised by BatchCommandTests: their hostile ones take seconds each time
      files = walk.filter(Files::isRegularFile).filter(f -> !f.toString().endsWith(".py")).sorted().toList();
    }
    List<SubmissionResult> results = BatchGrader.of(bank).grade(files,
        file -> bank.samples().relativize(file).toString(), Scope.ALL);
    Map<SubmissionResult, String> links = new IdentityHashMap<>();
    for (SubmissionResult result : results) {
      String href = "reports/" + links.size() + ".html";
      renderer.write(result, work.resolve(href));
      links.put(result, href);
    }
    page = work.resolve("summary.html");
    renderer.writeSummary(ClassSummary.of(results, r -> links.getOrDefault(r, "")), page);
    chromium = new HeadlessChromium(work);
  }

  @Test
  void drawsTheHistogramsAndAnswerBarsOnADesktopAndAPhone() throws Exception {
    for (int width : new int[] {1100, 390}) {
      BufferedImage shot = ImageIO.read(chromium.screenshot(page, width, 1400).toFile());
      assertEquals(width, shot.getWidth());
      assertTrue(pixels(shot, BAR_BLUE) > 200, "no histogram bar at width " + width);
      assertTrue(pixels(shot, CORRECT_GREEN) > 200, "no answer bar at width " + width);
    }
  }

  @Test
  void theRenderedDomHoldsEveryExerciseLinksOnlyToWrittenReportsAndNoInjectedMarkup() throws Exception {
    String dom = chromium.dumpDom(page, 0);
    // three predict exercises and slice-axis, the exercise of the Java samples
    assertEquals(4, count(dom, "<section class=\"exercise\""));
    assertEquals(4, count(dom, "<svg"));
    assertEquals(4, count(dom, "<desc"), "each chart has its text alternative");
    assertTrue(dom.contains("Could not be graded"));
    assertFalse(dom.contains("<img"), "an answer's markup became an element");
    assertFalse(dom.contains("<script"), "an answer's script became an element");
    assertFalse(dom.contains("<svg onload"), "an answer's element became one");
    Matcher href = HREF.matcher(dom);
    int links = 0;
    while (href.find()) {
      assertTrue(Files.isRegularFile(work.resolve(href.group(1))), href.group(1));
      links++;
    }
    assertEquals(22 + 19, links, "one link per answer file and per Java submission");
  }

  @Test
  void axeFindsNoSeriousOrCriticalAccessibilityViolations() throws Exception {
    Optional<Path> axe = AxeCore.script();
    assumeTrue(axe.isPresent(), "needs axe-core " + AxeCore.VERSION + " (npm); .ci/run installs it");
    assertEquals(List.of(), AxeCore.seriousViolations(axe.get(), chromium, page));
  }

  private static long pixels(BufferedImage shot, int rgb) {
    long found = 0;
    for (int y = 0; y < shot.getHeight(); y++) {
      for (int x = 0; x < shot.getWidth(); x++) {
        found += (shot.getRGB(x, y) & 0xffffff) == rgb ? 1 : 0;
      }
    }
    return found;
  }

  private static int count(String text, String part) {
    return text.split(Pattern.quote(part), -1).length - 1;
  }
}
