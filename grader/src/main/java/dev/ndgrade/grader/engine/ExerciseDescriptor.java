package dev.ndgrade.grader.engine;

import dev.ndgrade.grader.data.Location;
import dev.ndgrade.grader.exercise.Exercise;
import dev.ndgrade.grader.exercise.JavaSources;
import dev.ndgrade.grader.exercise.PythonChecks;
import dev.ndgrade.grader.exercise.Question;
import dev.ndgrade.grader.key.AnswerKey;
import dev.ndgrade.grader.key.ExerciseKeyException;
import dev.ndgrade.grader.key.KeyComputer;
import dev.ndgrade.grader.variant.StudentVariant;
import java.io.File;
import java.util.Optional;
import org.junit.platform.engine.TestSource;
import org.junit.platform.engine.UniqueId;
import org.junit.platform.engine.reporting.ReportEntry;
import org.junit.platform.engine.support.descriptor.AbstractTestDescriptor;
import org.junit.platform.engine.support.descriptor.FilePosition;
import org.junit.platform.engine.support.descriptor.FileSource;
import org.junit.platform.engine.support.hierarchical.Node;

/**
 * An exercise: a container whose {@code before} computes the answer key and reads the answers (predict), or
 * tests the Java submission in a worker JVM or reads the Python one (implement).
 * An exercise that cannot be read or keyed fails here, alone; the plan goes on.
 */
final class ExerciseDescriptor extends AbstractTestDescriptor implements Node<GradingContext> {

  private final Exercise exercise;
  private final String problem;

  private ExerciseDescriptor(UniqueId id, String name, TestSource source, Exercise exercise, String problem) {
    super(id, name, source);
    this.exercise = exercise;
    this.problem = problem;
  }

  /** A readable exercise. */
  static ExerciseDescriptor of(UniqueId id, Exercise exercise) {
    return new ExerciseDescriptor(id, exercise.id() + ": " + exercise.title(), source(exercise.location()),
        exercise, "");
  }

  /** An exercise that cannot be graded, and why (a located message). */
  static ExerciseDescriptor broken(UniqueId id, String exerciseId, Location file, String problem) {
    return new ExerciseDescriptor(id, exerciseId, source(file), null, problem);
  }

  static TestSource source(Location location) {
    File file = new File(location.file());
    return location.line() > 0
        ? FileSource.from(file, FilePosition.from(location.line(), Math.max(1, location.column())))
        : FileSource.from(file);
  }

  @Override
  public Type getType() {
    return Type.CONTAINER;
  }

  /** A broken exercise has no questions, but must stay in the plan so its failure is reported. */
  @Override
  public boolean mayRegisterTests() {
    return exercise == null;
  }

  /** The test of one of this exercise's questions, if it has that question. */
  Optional<QuestionDescriptor> questionDescriptor(String questionId) {
    if (exercise == null) {
      return Optional.empty();
    }
    return exercise.question(questionId).map(this::questionDescriptor);
  }

  QuestionDescriptor questionDescriptor(Question question) {
    return new QuestionDescriptor(getUniqueId().append(NdgradeIds.QUESTION, question.id()), question);
  }

  Optional<Exercise> exercise() {
    return Optional.ofNullable(exercise);
  }

  @Override
  public GradingContext before(GradingContext context) {
    if (exercise == null) {
      throw new ExerciseUnusableException(problem);
    }
    if (exercise.implement().orElse(null) instanceof JavaSources java) {
      ImplementRun run = ImplementRun.start(exercise, java, context.parameters());
      run.outputNote().ifPresent(note -> context.listener().reportingEntryPublished(this,
          ReportEntry.from(GradingParameters.NOTE_ENTRY_KEY, note)));
      return context.with(run);
    }
    if (exercise.implement().orElse(null) instanceof PythonChecks python) {
      return context.with(PythonImplementRun.start(exercise, python, context.parameters()));
    }
    // a parameterised exercise is graded as the student got it: their values, their key
    Exercise graded = StudentVariant.of(exercise,
        context.parameters().get(GradingParameters.STUDENT_PROPERTY_NAME).orElse(""),
        context.parameters().get(GradingParameters.COURSE_SEED_PROPERTY_NAME).orElse(""));
    AnswerKey key;
    try {
      key = KeyComputer.compute(graded);
    } catch (ExerciseKeyException e) {
      throw new ExerciseUnusableException("the answer key cannot be computed: " + e.getMessage());
    }
    return context.with(PredictRun.start(graded, key, context.parameters()));
  }
}
