package dev.ndgrade.grader.engine;

import static org.junit.platform.engine.discovery.DiscoverySelectors.selectUniqueId;

import dev.ndgrade.grader.data.DataFormatException;
import dev.ndgrade.grader.data.Location;
import dev.ndgrade.grader.exercise.ExerciseBank;
import dev.ndgrade.grader.exercise.UnknownExerciseException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.platform.engine.DiscoverySelector;
import org.junit.platform.engine.TestDescriptor;
import org.junit.platform.engine.UniqueId;
import org.junit.platform.engine.discovery.DirectorySelector;
import org.junit.platform.engine.discovery.UniqueIdSelector;
import org.junit.platform.engine.support.discovery.SelectorResolver;

/**
 * Resolves exercises and questions: by unique id (against the request's bank) or by directory
 * (an exercise directory, or a bank directory holding exercise directories).
 */
final class ExerciseSelectorResolver implements SelectorResolver {

  private final Supplier<ExerciseBank> requestBank;

  ExerciseSelectorResolver(Supplier<ExerciseBank> requestBank) {
    this.requestBank = requestBank;
  }

  @Override
  public Resolution resolve(UniqueIdSelector selector, Context context) {
    UniqueId id = selector.getUniqueId();
    Optional<String> exerciseId = NdgradeIds.exerciseOf(id);
    if (exerciseId.isEmpty()) {
      return Resolution.unresolved();
    }
    Optional<String> questionId = NdgradeIds.questionOf(id);
    if (questionId.isEmpty()) {
      return exercise(requestBank.get(), exerciseId.get(), context);
    }
    return context.addToParent(() -> selectUniqueId(NdgradeIds.exercise(exerciseId.get())),
            parent -> parent instanceof ExerciseDescriptor exercise
                ? exercise.questionDescriptor(questionId.get()).map(TestDescriptor.class::cast)
                : Optional.empty())
        .map(question -> Resolution.match(Match.exact(question)))
        .orElse(Resolution.unresolved());
  }

  @Override
  public Resolution resolve(DirectorySelector selector, Context context) {
    Path dir = selector.getPath();
    if (Files.isRegularFile(dir.resolve(ExerciseBank.EXERCISE_FILE))) {
      Path parent = dir.toAbsolutePath().getParent();
      return exercise(ExerciseBank.at(parent, parent.toString()), dir.getFileName().toString(), context);
    }
    Set<DirectorySelector> exercises = exerciseDirectories(dir);
    return exercises.isEmpty() ? Resolution.unresolved() : Resolution.selectors(exercises);
  }

  private Resolution exercise(ExerciseBank bank, String exerciseId, Context context) {
    return context.addToParent(parent -> Optional.of(load(parent.getUniqueId(), bank, exerciseId)))
        .map(exercise -> Resolution.match(Match.exact(exercise, () -> questionSelectors(exercise))))
        .orElse(Resolution.unresolved());
  }

  private static ExerciseDescriptor load(UniqueId engine, ExerciseBank bank, String exerciseId) {
    UniqueId id = engine.append(NdgradeIds.EXERCISE, exerciseId);
    try {
      return ExerciseDescriptor.of(id, bank.load(exerciseId));
    } catch (DataFormatException e) {
      return ExerciseDescriptor.broken(id, exerciseId, e.location(), e.getMessage());
    } catch (UnknownExerciseException e) {
      return ExerciseDescriptor.broken(id, exerciseId, Location.ofFile(bank.shownRoot()), e.getMessage());
    }
  }

  private static Set<DiscoverySelector> questionSelectors(ExerciseDescriptor exercise) {
    return exercise.exercise().stream()
        .flatMap(e -> e.questions().stream())
        .map(q -> selectUniqueId(exercise.getUniqueId().append(NdgradeIds.QUESTION, q.id())))
        .collect(Collectors.toCollection(java.util.LinkedHashSet::new));
  }

  private static Set<DirectorySelector> exerciseDirectories(Path dir) {
    if (!Files.isDirectory(dir)) {
      return Set.of();
    }
    try (Stream<Path> children = Files.list(dir)) {
      return children.filter(child -> Files.isRegularFile(child.resolve(ExerciseBank.EXERCISE_FILE)))
          .sorted()
          .map(child -> org.junit.platform.engine.discovery.DiscoverySelectors.selectDirectory(child.toFile()))
          .collect(Collectors.toCollection(java.util.LinkedHashSet::new));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list " + dir, e);
    }
  }
}
