package dev.ndgrade.grader.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.ndgrade.grader.engine.Grader;
import dev.ndgrade.grader.engine.Scope;
import dev.ndgrade.grader.exercise.ExerciseBank;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A Java submission's real report in headless Chromium: failing tests show their shrunk case and a diagram. */
class BrowserImplementReportTests {

  @TempDir
  static Path work;
  private static Path page;
  private static HeadlessChromium chromium;

  @BeforeAll
  static void gradeBenAndRenderHisReport() throws Exception {
    assumeTrue(HeadlessChromium.isInstalled(), "needs " + HeadlessChromium.BINARY);
    Path ben = Path.of("../exercises/samples/java/partly-wrong/ben-slice-axis.java");
    page = work.resolve("ben.html");
    ReportRenderer.create().write(Grader.of(ExerciseBank.at(Path.of("../exercises"), "exercises"))
        .grade(ben, "ben-slice-axis.java", Scope.ALL), page);
    chromium = new HeadlessChromium(work);
  }

  @Test
  void eachFailingTestShowsItsShrunkCaseAndItsArraysOverTheirBuffer() throws Exception {
    String dom = chromium.dumpDom(page, 0);
    assertEquals(5, count(dom, "<section class=\"question\""));
    assertEquals(3, count(dom, "Smallest failing case: a: "));
    assertEquals(3, count(dom, "<svg"), "one diagram per failing case");
    assertTrue(dom.contains("test of your code") && dom.contains("What your code did"), dom);
  }

  @Test
  void axeFindsNoSeriousOrCriticalAccessibilityViolations() throws Exception {
    Optional<Path> axe = AxeCore.script();
    assumeTrue(axe.isPresent(), "needs axe-core " + AxeCore.VERSION + " (npm); .ci/run installs it");
    assertEquals(List.of(), AxeCore.seriousViolations(axe.get(), chromium, page));
  }

  private static int count(String text, String part) {
    return text.split(Pattern.quote(part), -1).length - 1;
  }
}
