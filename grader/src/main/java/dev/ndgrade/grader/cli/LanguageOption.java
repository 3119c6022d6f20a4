package dev.ndgrade.grader.cli;

import dev.ndgrade.grader.data.DataFormatException;
import dev.ndgrade.grader.exercise.ExerciseBank;
import dev.ndgrade.grader.exercise.UnknownExerciseException;
import dev.ndgrade.grader.i18n.Language;
import dev.ndgrade.grader.i18n.Messages;
import dev.ndgrade.grader.report.ReportRenderer;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code --lang LANG}: the language of reports and student messages. Without it each report
 * speaks its exercise's {@code lang:}, else English.
 */
final class LanguageOption {

  @Spec(Spec.Target.MIXEE)
  private CommandSpec spec;

  @Option(names = "--lang", paramLabel = "LANG",
      description = "Language of reports and messages: en, ko (default: the exercise's lang:, else en).")
  private String tag;

  /** The language asked for with --lang, if any. */
  Optional<Language> chosen() {
    if (tag == null) {
      return Optional.empty();
    }
    return Optional.of(Language.fromTag(tag).orElseThrow(() -> new ParameterException(spec.commandLine(),
        "--lang: unknown language '" + tag + "' (expected " + Language.tags() + ")")));
  }

  /** The language for exercise {@code exerciseId}: --lang, else the exercise's lang:, else English. */
  Language forExercise(ExerciseBank bank, String exerciseId) {
    return chosen().orElseGet(() -> declared(bank, exerciseId));
  }

  /** The messages for exercise {@code exerciseId}'s student output. */
  Messages messages(ExerciseBank bank, String exerciseId) {
    return Messages.of(forExercise(bank, exerciseId));
  }

  /** A renderer that writes each report in its exercise's language. */
  ReportRenderer renderer(ExerciseBank bank) {
    Map<String, Language> known = new ConcurrentHashMap<>();
    return ReportRenderer.create(result -> known.computeIfAbsent(result.exercise(), id -> forExercise(bank, id)));
  }

  private static Language declared(ExerciseBank bank, String exerciseId) {
    try {
      return Language.fromTag(bank.load(exerciseId).lang()).orElse(Language.EN);
    } catch (DataFormatException | UnknownExerciseException unusable) {
      return Language.EN; // the result already says why; its report still needs a language
    }
  }
}
