package dev.ndgrade.grader.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.ndgrade.grader.fixtures.SampleResults;
import dev.ndgrade.grader.i18n.Language;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Loads a real report in headless Chromium (when installed): it renders, it holds what it should, axe finds no serious problem. */
class BrowserReportTests {

  @TempDir
  static Path work;
  private static Path page;
  private static Path korean;
  private static HeadlessChromium chromium;

  @BeforeAll
  static void renderAHostileReport() throws Exception {
    assumeTrue(HeadlessChromium.isInstalled(), "needs " + HeadlessChromium.BINARY);
    page = work.resolve("report.html");
    ReportRenderer.create().write(SampleResults.hostile(), page);
    korean = work.resolve("report-ko.html");
    ReportRenderer.create(result -> Language.KO).write(SampleResults.views("ada"), korean);
    chromium = new HeadlessChromium(work);
  }

  @Test
  void rendersAVisiblePageOnADesktopAndAPhone() throws Exception {
    for (int width : new int[] {1100, 390}) {
      BufferedImage shot = ImageIO.read(chromium.screenshot(page, width, 1600).toFile());
      assertEquals(width, shot.getWidth());
      Set<Integer> colours = new HashSet<>();
      long inked = 0;
      for (int y = 0; y < shot.getHeight(); y += 2) {
        for (int x = 0; x < shot.getWidth(); x += 2) {
          int rgb = shot.getRGB(x, y) & 0xffffff;
          colours.add(rgb);
          inked += rgb == 0xffffff ? 0 : 1;
        }
      }
      assertTrue(colours.size() > 50, "the screenshot has " + colours.size() + " colours");
      assertTrue(inked > shot.getWidth() * shot.getHeight() / 4 / 50, "the screenshot is nearly blank");
    }
  }

  @Test
  void theRenderedDomHoldsTheQuestionsTheDiagramsAndNoInjectedMarkup() throws Exception {
    String dom = chromium.dumpDom(page, 0);
    assertEquals(5, count(dom, "<section class=\"question\""));
    assertEquals(5, count(dom, "<svg"));
    assertTrue(dom.contains("VIEW of #1 (arr)"));
    assertFalse(dom.contains("<img"), "an answer's markup became an element");
    assertFalse(dom.contains("<script"), "an answer's script became an element");
    assertTrue(dom.contains("&lt;script&gt;alert('pwned')&lt;/script&gt;"));
  }

  @Test
  void aKoreanReportRendersInKoreanWithTheAuthorsTextAsWritten() throws Exception {
    String dom = chromium.dumpDom(korean, 0);
    assertTrue(dom.contains("<html lang=\"ko\""), "the page declares Korean");
    assertEquals(5, count(dom, "<section class=\"question\""));
    assertTrue(dom.contains("내 답") && dom.contains("q1 실행 후의 메모리") && dom.contains("데이터 소유"), dom);
    assertTrue(dom.contains("This would be right for a Python list"), "the exercise's own text is kept");
    BufferedImage shot = ImageIO.read(chromium.screenshot(korean, 390, 1600).toFile());
    assertEquals(390, shot.getWidth());
  }

  @Test
  void axeFindsNoSeriousOrCriticalAccessibilityViolations() throws Exception {
    Optional<Path> axe = AxeCore.script();
    assumeTrue(axe.isPresent(), "needs axe-core " + AxeCore.VERSION + " (npm); .ci/run installs it");
    assertEquals(List.of(), AxeCore.seriousViolations(axe.get(), chromium, page));
    assertEquals(List.of(), AxeCore.seriousViolations(axe.get(), chromium, korean));
  }

  @Test
  void onAPhoneTheMemoryDiagramsTextStaysAtLeastTwelvePixels() throws Exception {
    // issue 13, finding 6: at 390 px the diagram was scaled to fit, its text to about 7 px
    String script = "var least = 1e9, svgs = document.querySelectorAll('figure.memory svg');"
        + "svgs.forEach(function (svg) { var scale = svg.getScreenCTM().a;"
        + " svg.querySelectorAll('text').forEach(function (t) {"
        + "  least = Math.min(least, parseFloat(getComputedStyle(t).fontSize) * scale); }); });"
        + "window.ndgradeMeasure = svgs.length + ' ' + least.toFixed(2);";
    for (Path report : List.of(page, korean)) {
      String[] measured = chromium.measure(report, 390, script).split(" ");
      assertTrue(Integer.parseInt(measured[0]) > 0, "no diagram in " + report);
      assertTrue(Double.parseDouble(measured[1]) >= 12, "smallest diagram text at 390 px: " + measured[1] + " px");
    }
    String desktop = chromium.measure(page, 1280, script).split(" ")[1];
    assertTrue(Double.parseDouble(desktop) >= 9, "smallest diagram text at 1280 px: " + desktop + " px");
  }

  private static int count(String text, String part) {
    return text.split(Pattern.quote(part), -1).length - 1;
  }
}
