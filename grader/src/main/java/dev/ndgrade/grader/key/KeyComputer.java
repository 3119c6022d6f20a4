package dev.ndgrade.grader.key;

import dev.ndgrade.grader.exercise.AnswerKind;
import dev.ndgrade.grader.exercise.Choice;
import dev.ndgrade.grader.exercise.Exercise;
import dev.ndgrade.grader.exercise.Question;
import dev.ndgrade.grader.i18n.Language;
import dev.ndgrade.grader.i18n.Messages;
import dev.ndgrade.grader.memory.MemorySnapshot;
import dev.ndgrade.grader.memory.MemorySnapshots;
import dev.ndgrade.grader.memory.OriginExplainer;
import dev.ndgrade.limits.LimitExceeded;
import dev.ndgrade.ndarray.MemorySharing;
import dev.ndgrade.ndarray.NdArray;
import dev.ndgrade.python.PythonException;
import dev.ndgrade.python.Session;
import dev.ndgrade.python.Transcript;
import dev.ndgrade.python.UnitOutcome;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Computes an {@link AnswerKey}: runs the exercise's setup and then every question's code, in
 * order, in one fresh reference namespace, and reads each question's answer off what happened.
 */
public final class KeyComputer {
  /** Keys of the exercises seen recently (a batch grades many files of a few exercises). */
  private static final Map<Exercise, AnswerKey> COMPUTED = Collections.synchronizedMap(
      new LinkedHashMap<>(16, 0.75f, true) {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<Exercise, AnswerKey> eldest) {
          return size() > 64;
        }
      });


  private KeyComputer() {}

  /**
   * The key of {@code exercise}.
   *
   * @throws ExerciseKeyException if the setup fails or a question has no answer of its kind
   *     (a value question whose last statement is not an expression, a choice with two true options...)
   */
  public static AnswerKey compute(Exercise exercise) throws ExerciseKeyException {
    if (exercise.implement().isPresent()) {
      throw new ExerciseKeyException(exercise.location(), exercise.id()
          + " is an implement exercise: its tests grade it, and it has no answer key");
    }
    // The key depends only on the exercise (a value), and the engine asks once per answer file: compute it once.
    AnswerKey known = COMPUTED.get(exercise);
    if (known != null) {
      return known;
    }
    AnswerKey key = computeNow(exercise);
    COMPUTED.put(exercise, key);
    return key;
  }


  /**
   * Runs the setup, then each question in order. A question whose code goes over a limit has no key; nor has any
   * question after it, because it would start from a state CPython never reaches (the stopped code did not finish).
   */
  private static AnswerKey computeNow(Exercise exercise) throws ExerciseKeyException {
    Session session = Session.create(exercise.limits());
    try {
      Transcript setup = session.run(exercise.setup(), exercise.location().file() + " (setup)");
      Optional<UnitOutcome> failed = firstError(setup);
      if (failed.isPresent()) {
        throw new ExerciseKeyException(exercise.location(), "the setup raised " + errorText(failed.get()));
      }
      return questionKeys(session, exercise);
    } catch (PythonException | IllegalStateException e) {
      throw new ExerciseKeyException(exercise.location(), "the reference cannot run this exercise: "
          + e.getMessage());
    }
  }

  private static AnswerKey questionKeys(Session session, Exercise exercise) throws ExerciseKeyException {
    List<QuestionKey> keys = new ArrayList<>();
    MemorySnapshots numbering = MemorySnapshots.numbering();
    // the origin sentences speak the exercise's language, as its report does
    Messages messages = Messages.of(Language.fromTag(exercise.lang()).orElse(Language.EN));
    Map<String, String> unknown = new LinkedHashMap<>();
    String stoppedBy = null;
    for (Question question : exercise.questions()) {
      if (stoppedBy != null) {
        unknown.put(question.id(), "the answer key cannot be computed: question " + stoppedBy
            + " went over a limit, so the reference does not know the state this question starts from");
        continue;
      }
      try {
        keys.add(key(session, question, numbering, messages));
      } catch (OverLimit e) {
        unknown.put(question.id(), "the answer key cannot be computed: question " + question.id() + " raised "
            + e.getMessage() + " (the exercise's 'limits' can raise it)");
        stoppedBy = question.id();
      }
    }
    return new AnswerKey(exercise.id(), keys, unknown);
  }

  private static QuestionKey key(Session session, Question question, MemorySnapshots numbering, Messages messages)
      throws ExerciseKeyException, OverLimit {
    Transcript transcript = session.run(question.code(), question.location().file() + " (" + question.id() + ")");
    Optional<UnitOutcome> limit = overLimit(transcript);
    if (limit.isPresent()) {
      throw new OverLimit(errorText(limit.get()));
    }
    String expected = expected(session, question, transcript);
    MemorySnapshot memory = numbering.capture(session);
    return new QuestionKey(question.id(), expected, transcript.output(), memory,
        OriginExplainer.explain(memory, question.code(), question.of(), messages));
  }

  private static String expected(Session session, Question question, Transcript transcript)
      throws ExerciseKeyException, OverLimit {
    if (question.ask() != AnswerKind.ERROR
        && question.ask() != AnswerKind.OUTPUT) {
      Optional<UnitOutcome> failed = firstError(transcript);
      if (failed.isPresent()) {
        throw problem(question, "line " + failed.get().line() + " raised " + errorText(failed.get())
            + "; only error and output questions may raise");
      }
    }
    return switch (question.ask()) {
      case VALUE -> lastValue(question, transcript);
      case OUTPUT -> transcript.output();
      case RELATION -> relation(session, question);
      case ERROR -> transcript.firstErrorType().orElse(AnswerKind.NO_ERROR);
      case BYTES -> bytes(question, transcript);
      case CHOICE -> choice(session, question);
      case TEST -> throw problem(question, "a test belongs to an implement exercise, which has no answer key");
    };
  }

  private static String lastValue(Question question, Transcript transcript) throws ExerciseKeyException {
    Optional<String> value = lastUnit(transcript).flatMap(UnitOutcome::valueRepr);
    if (value.isEmpty()) {
      throw problem(question, "the last statement shows no value (it must be an expression that is not None)");
    }
    return value.get();
  }

  private static String bytes(Question question, Transcript transcript) throws ExerciseKeyException {
    String value = lastValue(question, transcript);
    if (!value.matches("-?[0-9]+")) {
      throw problem(question, "the last expression must be a whole number of bytes, found " + value);
    }
    return value;
  }

  private static String relation(Session session, Question question) throws ExerciseKeyException {
    Object first = bound(session, question, question.of().get(0));
    Object second = bound(session, question, question.of().get(1));
    if (first == second) {
      return "alias";
    }
    if (first instanceof NdArray a && second instanceof NdArray b) {
      return MemorySharing.sharesMemory(a, b) ? "view" : "copy";
    }
    throw problem(question, "'of' must name two arrays, or one object twice");
  }

  private static Object bound(Session session, Question question, String name) throws ExerciseKeyException {
    Object value = session.get(name);
    if (value == null) {
      throw problem(question, "'" + name + "' is not bound after the question's code");
    }
    return value;
  }

  private static String choice(Session session, Question question) throws ExerciseKeyException, OverLimit {
    List<String> right = new ArrayList<>();
    for (Choice choice : question.choices()) {
      Object truth;
      try {
        truth = session.evalExpression(choice.when());
      } catch (PythonException e) {
        if (e.pyType().equals(LimitExceeded.TYPE_NAME)) {
          throw new OverLimit(e.line() + " in choice " + choice.label() + "'s 'when'");
        }
        throw problem(question, "choice " + choice.label() + ": 'when' raised " + e.pyType() + ": " + e.getMessage());
      }
      String repr = session.repr(truth);
      if (repr.equals("True") || repr.equals("np.True_")) {
        right.add(choice.label());
      } else if (!repr.equals("False") && !repr.equals("np.False_")) {
        throw problem(question, "choice " + choice.label() + ": 'when' must be True or False, found " + repr);
      }
    }
    if (right.size() != 1) {
      throw problem(question, "exactly one choice must be true, found " + right.size()
          + (right.isEmpty() ? "" : " (" + String.join(", ", right) + ")"));
    }
    return right.get(0);
  }

  private static Optional<UnitOutcome> lastUnit(Transcript transcript) {
    List<UnitOutcome> units = transcript.units();
    return units.isEmpty() ? Optional.empty() : Optional.of(units.get(units.size() - 1));
  }

  /** The unit that went over a limit: the key would not be CPython's answer, only where the reference stopped. */
  private static Optional<UnitOutcome> overLimit(Transcript transcript) {
    return transcript.units().stream().filter(u -> u.errorType().equals(Optional.of(LimitExceeded.TYPE_NAME))).findFirst();
  }

  private static Optional<UnitOutcome> firstError(Transcript transcript) {
    return transcript.units().stream().filter(u -> u.errorType().isPresent()).findFirst();
  }

  private static String errorText(UnitOutcome unit) {
    return unit.errorType().orElse("an error") + unit.errorMessage().map(m -> ": " + m).orElse("");
  }

  private static ExerciseKeyException problem(Question question, String problem) {
    return new ExerciseKeyException(question.location(), "question " + question.id() + ": " + problem);
  }

  /** A question's code went over a limit: its key would be where the reference stopped, not CPython's answer. */
  private static final class OverLimit extends Exception {
    private static final long serialVersionUID = 1L;

    OverLimit(String what) {
      super(what, null, false, false);
    }
  }
}
