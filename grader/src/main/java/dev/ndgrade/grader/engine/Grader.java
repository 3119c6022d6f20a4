package dev.ndgrade.grader.engine;

import static org.junit.platform.engine.discovery.DiscoverySelectors.selectUniqueId;
import static org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder.request;

import dev.ndgrade.grader.answer.SubmissionReader;
import dev.ndgrade.grader.data.DataFormatException;
import dev.ndgrade.grader.exercise.Exercise;
import dev.ndgrade.grader.exercise.ExerciseBank;
import dev.ndgrade.grader.exercise.Question;
import dev.ndgrade.grader.exercise.UnknownExerciseException;
import dev.ndgrade.grader.exercise.Visibility;
import dev.ndgrade.grader.result.SubmissionResult;
import dev.ndgrade.grader.result.Verdict;
import dev.ndgrade.grader.variant.StudentVariant;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.platform.launcher.EngineFilter;
import org.junit.platform.launcher.Launcher;
import org.junit.platform.launcher.LauncherDiscoveryRequest;
import org.junit.platform.launcher.TagFilter;
import org.junit.platform.launcher.core.LauncherConfig;
import org.junit.platform.launcher.core.LauncherFactory;

/**
 * Grades submissions against an exercise bank: answer files of predict exercises, and {@code .java} files
 * or directories of Java implement exercises, {@code .py} files of Python ones. Each file is graded in its own Launcher run
 * (one discovery request, one test plan), so a file that cannot be graded only ever costs its
 * own result. Not thread-safe.
 */
public final class Grader {

  private final ExerciseBank bank;
  private final Launcher launcher;
  private final String courseSeed;

  private Grader(ExerciseBank bank, Launcher launcher, String courseSeed) {
    this.bank = bank;
    this.launcher = launcher;
    this.courseSeed = courseSeed;
  }

  /** A grader for {@code bank}, with a Launcher that loads only test engines (no listeners or filters from the classpath). */
  public static Grader of(ExerciseBank bank) {
    Objects.requireNonNull(bank, "bank must not be null");
    LauncherConfig config = LauncherConfig.builder()
        .enableTestExecutionListenerAutoRegistration(false)
        .enablePostDiscoveryFilterAutoRegistration(false)
        .enableLauncherSessionListenerAutoRegistration(false)
        .enableLauncherDiscoveryListenerAutoRegistration(false)
        .build();
    return new Grader(bank, LauncherFactory.create(config), "");
  }

  /** This grader with {@code courseSeed}, which with each student's id picks their parameter values. */
  public Grader withCourseSeed(String courseSeed) {
    return new Grader(bank, launcher, Objects.requireNonNull(courseSeed, "courseSeed must not be null"));
  }

  /**
   * Grades one answer file.
   *
   * @param answers the file
   * @param shownName the file as the user named it
   * @param scope which questions count
   * @return the result, never {@code null}; problems are inside it, never thrown
   */
  public SubmissionResult grade(Path answers, String shownName, Scope scope) {
    String student = stem(answers);
    String exerciseId = "";
    double maxScore = 0;
    try {
      Optional<ImplementHeader> implement = ImplementHeader.of(answers, shownName);
      if (implement.isPresent()) {
        exerciseId = implement.get().exercise();
        Exercise exercise = bank.load(exerciseId);
        maxScore = exercise.points();
        Optional<String> mismatch = implement.get().mismatch(exercise, shownName);
        if (mismatch.isPresent()) {
          return SubmissionResult.ungradable(implement.get().student(), exerciseId, shownName, maxScore,
              mismatch.get());
        }
        return run(exercise, answers, shownName, scope, implement.get().student(), List.of());
      }
      SubmissionReader reader = SubmissionReader.create();
      exerciseId = reader.exerciseOf(answers, shownName);
      Exercise exercise = bank.load(exerciseId);
      maxScore = exercise.points();
      Set<String> questionIds = exercise.questions().stream().map(Question::id)
          .collect(Collectors.toCollection(HashSet::new));
      var submission = reader.read(answers, shownName, questionIds);
      return run(exercise, answers, shownName, scope, submission.student(), submission.notes());
    } catch (DataFormatException e) {
      // the file's own student line, when readable, names the student better than the file name does
      String named = SubmissionReader.create().studentOf(answers, shownName).orElse(student);
      return SubmissionResult.ungradable(named, exerciseId, shownName, maxScore, e.getMessage());
    } catch (UnknownExerciseException e) {
      return SubmissionResult.ungradable(student, exerciseId, shownName, 0, shownName + ": " + e.getMessage());
    } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
      // snippets run on threads of their own, under limits: this is ndgrade failing on one file, which costs that file
      return SubmissionResult.ungradable(student, exerciseId, shownName, maxScore, shownName
          + ": internal error while grading (" + e.getClass().getSimpleName() + ": " + e.getMessage() + ")");
    }
  }

  private SubmissionResult run(Exercise exercise, Path answers, String shownName, Scope scope, String student,
                               List<String> notes) {
    var builder = request()
        .selectors(selectUniqueId(NdgradeIds.exercise(exercise.id())))
        .filters(EngineFilter.includeEngines(NdgradeIds.ENGINE_ID))
        .configurationParameter(GradingParameters.BANK_PROPERTY_NAME, bank.reference())
        .configurationParameter(GradingParameters.BANK_SHOWN_PROPERTY_NAME, bank.shownRoot())
        .configurationParameter(GradingParameters.ANSWERS_PROPERTY_NAME, answers.toAbsolutePath().toUri().toString())
        .configurationParameter(GradingParameters.ANSWERS_SHOWN_PROPERTY_NAME, shownName)
        .configurationParameter(GradingParameters.STUDENT_PROPERTY_NAME, student)
        .configurationParameter(GradingParameters.COURSE_SEED_PROPERTY_NAME, courseSeed);
    if (scope == Scope.VISIBLE) {
      builder.filters(TagFilter.includeTags(Visibility.VISIBLE.word()));
    }
    LauncherDiscoveryRequest request = builder.build();
    VerdictListener listener = new VerdictListener(exercise);
    launcher.execute(request, listener);
    List<Verdict> verdicts = listener.verdicts();
    List<String> allNotes = new ArrayList<>(notes);
    allNotes.addAll(listener.notes());
    List<Question> withheld = new ArrayList<>(exercise.questions());
    withheld.removeIf(q -> verdicts.stream().anyMatch(v -> v.questionId().equals(q.id())));
    return new SubmissionResult(student, exercise.id(), exercise.title(), shownName,
        verdicts.stream().mapToDouble(Verdict::points).sum(),
        verdicts.stream().mapToDouble(Verdict::maxPoints).sum(),
        listener.exerciseProblem(), withValues(exercise, student, allNotes), verdicts, withheld.size(),
        withheld.stream().mapToDouble(Question::points).sum());
  }

  /** A parameterised exercise's result says which values the student got: their key depends on them. */
  private List<String> withValues(Exercise exercise, String student, List<String> notes) {
    if (exercise.params().isEmpty()) {
      return notes;
    }
    List<String> all = new ArrayList<>(notes);
    all.add("values for " + student + ": " + StudentVariant.describe(StudentVariant.values(exercise, student,
        courseSeed)));
    return all;
  }

  private static String stem(Path file) {
    String name = String.valueOf(file.getFileName());
    int dot = name.indexOf('.');
    return dot > 0 ? name.substring(0, dot) : name;
  }
}
