package dev.ndgrade.grader.report;

import dev.ndgrade.grader.i18n.Language;
import dev.ndgrade.grader.i18n.Messages;
import dev.ndgrade.grader.result.SubmissionResult;
import dev.ndgrade.grader.summary.ClassSummary;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/**
 * Renders self-contained HTML pages from the {@code templates/} shipped in the grader jar: one
 * submission's report, or a class summary. Same input, same bytes. The Thymeleaf engine is built once; instances are thread-safe.
 */
public final class ReportRenderer {

  private static final String PAGE = "report";
  private static final String SUMMARY_PAGE = "summary";

  private final TemplateEngine engine;
  private final Function<SubmissionResult, Language> languageOf;

  private ReportRenderer(TemplateEngine engine, Function<SubmissionResult, Language> languageOf) {
    this.engine = engine;
    this.languageOf = languageOf;
  }

  /** A renderer over the bundled templates, in English. */
  public static ReportRenderer create() {
    return create(result -> Language.EN);
  }

  /** A renderer that writes each report in the language {@code languageOf} picks for it. */
  public static ReportRenderer create(Function<SubmissionResult, Language> languageOf) {
    Objects.requireNonNull(languageOf, "languageOf must not be null");
    ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver(ReportRenderer.class.getClassLoader());
    resolver.setPrefix("templates/");
    resolver.setSuffix(".html");
    resolver.setTemplateMode(TemplateMode.HTML);
    resolver.setCharacterEncoding("UTF-8");
    resolver.setCacheable(true);
    TemplateEngine engine = new TemplateEngine();
    engine.setTemplateResolver(resolver);
    engine.setMessageResolver(new BundleMessageResolver());
    return new ReportRenderer(engine, languageOf);
  }

  /** The report page for {@code result}. */
  public String render(SubmissionResult result) {
    Objects.requireNonNull(result, "result must not be null");
    Language language = languageOf.apply(result);
    return engine.process(PAGE, new Context(language.locale(),
        Map.of("r", ReportView.of(result, Messages.of(language)))));
  }

  /** Writes the report page for {@code result} to {@code file} (UTF-8), creating its directory. */
  public void write(SubmissionResult result, Path file) throws IOException {
    writePage(render(result), file);
  }

  /** The class summary page for {@code summary}. */
  public String renderSummary(ClassSummary summary) {
    return renderSummary(summary, Language.EN);
  }

  /** The class summary page for {@code summary}, in {@code language}. */
  public String renderSummary(ClassSummary summary, Language language) {
    Objects.requireNonNull(summary, "summary must not be null");
    return engine.process(SUMMARY_PAGE, new Context(language.locale(),
        Map.of("s", SummaryView.of(summary, Messages.of(language)))));
  }

  /** Writes the class summary page for {@code summary} to {@code file} (UTF-8), creating its directory. */
  public void writeSummary(ClassSummary summary, Path file) throws IOException {
    writeSummary(summary, Language.EN, file);
  }

  /** Writes the class summary page in {@code language} to {@code file} (UTF-8), creating its directory. */
  public void writeSummary(ClassSummary summary, Language language, Path file) throws IOException {
    writePage(renderSummary(summary, language), file);
  }

  private static void writePage(String html, Path file) throws IOException {
    Path parent = file.toAbsolutePath().getParent();
    if (parent != null) {
      Files.createDirectories(parent);
    }
    Files.writeString(file, html, StandardCharsets.UTF_8);
  }

  /** A file name for a submission's report: {@code <student>-<exercise>.html}, safe on every file system. */
  public static String fileName(SubmissionResult result) {
    String stem = (result.student() + (result.exercise().isEmpty() ? "" : "-" + result.exercise()))
        .replaceAll("[^A-Za-z0-9._-]", "_");
    return (stem.isEmpty() ? "report" : stem) + ".html";
  }
}
