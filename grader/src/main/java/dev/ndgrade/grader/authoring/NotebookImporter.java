package dev.ndgrade.grader.authoring;

import dev.ndgrade.grader.exercise.Visibility;
import dev.ndgrade.python.Session;
import dev.ndgrade.python.Transcript;
import dev.ndgrade.python.UnitOutcome;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Drafts an exercise from a course notebook: runs its code cells in order in one reference
 * session, turns each cell that shows something into a question of the kind it suggests,
 * gathers cells that only prepare state into the setup or the next question, and keeps the
 * notebook's prose (in whatever language) as each question's explanation.
 */
public final class NotebookImporter {

  /** Cells the reference refuses: their effects cannot be reproduced, so they are left out. */
  private static final Set<String> REFUSALS = Set.of("UnsupportedError", "LimitError", "SyntaxError");
  /** What every snippet already has, and the psutil import the RSS measurement needs. */
  private static final Pattern GIVEN_IMPORT = Pattern.compile(
      "(?m)^\\s*(import numpy as np|from psutil import Process)\\s*$\\n?");
  /** The notebook's measure of memory, a process's RSS, becomes its deterministic stand-in. */
  private static final Pattern RSS = Pattern.compile("Process\\(\\)\\.memory_info\\(\\)\\.rss");
  private static final Pattern HEADING = Pattern.compile("(?m)^#+\\s*(.+?)\\s*$");
  private static final int HIDDEN_EVERY = 3;

  private NotebookImporter() {}

  /** The draft of {@code notebook} as exercise {@code id}. */
  public static DraftExercise draft(Notebook notebook, String id) {
    Session session = Session.create();
    StringBuilder setup = new StringBuilder();
    StringBuilder pending = new StringBuilder();
    List<String> pendingCells = new ArrayList<>();
    StringBuilder prose = new StringBuilder();
    List<DraftQuestion> questions = new ArrayList<>();
    List<String> skipped = new ArrayList<>();
    for (Notebook.Cell cell : notebook.cells()) {
      if (cell instanceof Notebook.Markdown markdown) {
        prose.append(markdown.text().strip()).append("\n\n");
        continue;
      }
      Notebook.Code code = (Notebook.Code) cell;
      String source = translate(code.source());
      if (source.isBlank()) {
        continue;
      }
      Transcript transcript = session.run(source, code.label());
      Optional<UnitOutcome> refused = transcript.units().stream()
          .filter(u -> u.errorType().filter(REFUSALS::contains).isPresent()).findFirst();
      if (refused.isPresent()) {
        skipped.add(code.label() + ": " + refused.get().output().strip());
        continue;
      }
      KindGuess guess = KindGuess.of(transcript, session);
      if (guess.ask().isEmpty() && questions.isEmpty()) {
        setup.append(source.strip()).append('\n');
        continue;
      }
      if (guess.ask().isEmpty()) {
        pending.append(source.strip()).append('\n');
        pendingCells.add(code.label());
        continue;
      }
      pendingCells.add(code.label());
      questions.add(new DraftQuestion(pendingCells, pending + source.strip() + "\n", guess.ask().get(), guess.of(),
          prose.toString().strip(), (questions.size() + 1) % HIDDEN_EVERY == 0 ? Visibility.HIDDEN : Visibility.VISIBLE,
          code.shown(), transcript.output()));
      pending.setLength(0);
      pendingCells.clear();
      prose.setLength(0);
    }
    return new DraftExercise(id, title(notebook, id), setup.toString(), questions, skipped);
  }

  private static String translate(String code) {
    return RSS.matcher(GIVEN_IMPORT.matcher(code).replaceAll("")).replaceAll("live_bytes()");
  }

  private static String title(Notebook notebook, String id) {
    return notebook.cells().stream()
        .filter(Notebook.Markdown.class::isInstance)
        .map(cell -> HEADING.matcher(((Notebook.Markdown) cell).text()))
        .filter(Matcher::find)
        .map(matcher -> matcher.group(1))
        .findFirst().orElse(id);
  }
}
