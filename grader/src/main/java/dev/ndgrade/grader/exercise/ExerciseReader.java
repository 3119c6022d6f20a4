package dev.ndgrade.grader.exercise;

import dev.ndgrade.grader.data.DataFormatException;
import dev.ndgrade.grader.data.DataNode;
import dev.ndgrade.grader.data.DataReader;
import dev.ndgrade.grader.data.FieldReader;
import dev.ndgrade.grader.data.Location;
import dev.ndgrade.grader.i18n.Language;
import dev.ndgrade.limits.Limits;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads and validates one {@code exercise.yaml} (format in exercises/FORMAT.md). Every problem is a
 * {@link DataFormatException} naming file, line, column and what was expected.
 */
final class ExerciseReader {

  static final Pattern EXERCISE_ID = Pattern.compile("[a-z0-9][a-z0-9-]{0,63}");
  static final Pattern QUESTION_ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_-]{0,31}");
  private static final Pattern PYTHON_NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");
  private static final List<String> EXERCISE_KEYS = List.of("id", "title", "points", "source", "setup", "questions",
      "lang", "params", "limits", "kind", "language");
  private static final List<String> IMPLEMENT_KEYS = List.of("id", "title", "points", "source", "lang", "kind",
      "language");
  private static final List<String> QUESTION_KEYS = List.of("id", "code", "ask", "of", "prompt", "choices",
      "points", "visibility", "explain", "misconceptions");
  private static final List<String> CHOICE_KEYS = List.of("label", "text", "when");
  private static final List<String> MISCONCEPTION_KEYS = List.of("answer", "feedback");

  private final DataReader data;

  ExerciseReader(DataReader data) {
    this.data = data;
  }

  /**
   * Reads the exercise in {@code file}.
   *
   * @param expectedId the directory's name, which the exercise's id must equal, or {@code null}
   */
  Exercise read(Path file, String shownName, String expectedId) throws DataFormatException {
    DataNode root = data.read(file, shownName);
    String kind = FieldReader.of(root, "an exercise").optionalText("kind", "predict");
    if (kind.equals("implement")) {
      return implement(root, expectedId, file.getParent(), parentOf(shownName));
    }
    return exercise(root, expectedId);
  }

  Exercise exercise(DataNode root, String expectedId) throws DataFormatException {
    FieldReader fields = FieldReader.of(root, "an exercise").onlyKeys(EXERCISE_KEYS);
    String id = id(fields, expectedId);
    String kind = fields.optionalText("kind", "predict");
    if (!kind.equals("predict")) {
      throw new DataFormatException(fields.require("kind").location(), "unknown kind '" + FieldReader.shorten(kind)
          + "' (expected predict, implement)");
    }
    refuse(fields, "language", "'language' only applies to kind: implement");
    String title = fields.requireText("title");
    List<Question> questions = questions(fields.requireList("questions"), fields.require("questions"));
    Exercise exercise = new Exercise(id, title, fields.optionalText("source", ""),
        fields.optionalText("setup", ""), questions, fields.location(), lang(fields),
        ParamsReader.read(fields), limits(fields));
    checkTotal(fields, exercise);
    return exercise;
  }

  static String lang(FieldReader fields) throws DataFormatException {
    String tag = fields.optionalText("lang", "");
    if (!tag.isEmpty() && Language.fromTag(tag).isEmpty()) {
      throw new DataFormatException(fields.require("lang").location(), "unknown language '"
          + FieldReader.shorten(tag) + "' (expected " + Language.tags() + ")");
    }
    return tag;
  }

  /**
   * An implement exercise: in Java its questions are the tests under {@code tests/} beside the file, in Python the
   * file's {@code checks}.
   */
  private Exercise implement(DataNode root, String expectedId, Path directory, String shownDirectory)
      throws DataFormatException {
    String language = FieldReader.of(root, "an implement exercise").requireText("language");
    if (language.equals("python")) {
      FieldReader fields = FieldReader.of(root, "an implement exercise").onlyKeys(PythonExerciseReader.KEYS);
      Exercise exercise = PythonExerciseReader.read(fields, id(fields, expectedId), directory, shownDirectory);
      checkTotal(fields, exercise);
      return exercise;
    }
    FieldReader fields = FieldReader.of(root, "an implement exercise").onlyKeys(IMPLEMENT_KEYS);
    String id = id(fields, expectedId);
    if (!language.equals("java")) {
      throw new DataFormatException(fields.require("language").location(), "implement exercises in '"
          + FieldReader.shorten(language) + "' are not supported by this grader (expected java, python)");
    }
    JavaSources bare = new JavaSources(directory, shownDirectory, "", List.of());
    List<Path> starter = bare.files(JavaSources.STARTER);
    if (starter.isEmpty()) {
      throw new DataFormatException(fields.location(), "an implement exercise needs .java files under starter/");
    }
    String pkg = JavaTestIndex.packageOf(bare.shown(starter.get(0)), JavaSources.read(starter.get(0)));
    JavaTestIndex.Found tests = JavaTestIndex.read(bare);
    Exercise exercise = new Exercise(id, fields.requireText("title"), fields.optionalText("source", ""), "",
        tests.questions(), fields.location(), lang(fields), List.of(), Limits.DEFAULT,
        new JavaSources(directory, shownDirectory, pkg, tests.testClasses()));
    checkTotal(fields, exercise);
    return exercise;
  }

  private static String id(FieldReader fields, String expectedId) throws DataFormatException {
    String id = fields.requireText("id", EXERCISE_ID.asMatchPredicate(),
        "lower-case letters, digits and dashes");
    if (expectedId != null && !expectedId.equals(id)) {
      throw new DataFormatException(fields.require("id").location(), "the id '" + id
          + "' must equal the exercise's directory name '" + expectedId + "'");
    }
    return id;
  }

  private static String parentOf(String shownFile) {
    int slash = shownFile.lastIndexOf('/');
    return slash < 0 ? "." : shownFile.substring(0, slash);
  }

  private static void checkTotal(FieldReader fields, Exercise exercise) throws DataFormatException {
    Optional<DataNode> stated = fields.optional("points");
    if (stated.isEmpty()) {
      return;
    }
    double points = fields.optionalPositiveNumber("points", 0);
    if (Math.abs(points - exercise.points()) > 1e-9) {
      throw new DataFormatException(stated.get().location(), "'points' is " + number(points)
          + " but the questions' points add up to " + number(exercise.points()));
    }
  }

  /** The optional {@code limits:} map: each key a limit's name, each value a positive whole number. */
  static Limits limits(FieldReader exercise) throws DataFormatException {
    Optional<DataNode> node = exercise.optional("limits");
    if (node.isEmpty()) {
      return Limits.DEFAULT;
    }
    FieldReader fields = FieldReader.of(node.get(), "'limits'").onlyKeys(Limits.names());
    Limits limits = Limits.DEFAULT;
    for (Map.Entry<String, DataNode.Field> field : fields.mapping().fields().entrySet()) {
      limits = limits.with(field.getKey(), wholePositive(field.getKey(), field.getValue().value()));
    }
    return limits;
  }

  private static long wholePositive(String key, DataNode node) throws DataFormatException {
    if (node instanceof DataNode.Scalar scalar && scalar.type() == DataNode.ScalarType.INTEGER) {
      try {
        long value = Long.parseLong(scalar.text().replace("_", ""));
        if (value > 0) {
          return value;
        }
      } catch (NumberFormatException tooLarge) {
        // reported below, as any other value that is not a positive whole number
      }
    }
    throw new DataFormatException(node.location(), "limit '" + key + "' must be a positive whole number, found "
        + FieldReader.describeValue(node));
  }

  private List<Question> questions(List<DataNode> nodes, DataNode list) throws DataFormatException {
    if (nodes.isEmpty()) {
      throw new DataFormatException(list.location(), "'questions' must list at least one question");
    }
    List<Question> questions = new ArrayList<>();
    Map<String, Location> seen = new HashMap<>();
    for (DataNode node : nodes) {
      Question question = question(node);
      Location first = seen.putIfAbsent(question.id(), question.location());
      if (first != null) {
        throw new DataFormatException(question.location(), "duplicate question id '" + question.id()
            + "' (first at line " + first.line() + ")");
      }
      questions.add(question);
    }
    return questions;
  }

  private Question question(DataNode node) throws DataFormatException {
    FieldReader fields = FieldReader.of(node, "a question").onlyKeys(QUESTION_KEYS);
    String id = fields.requireText("id", QUESTION_ID.asMatchPredicate(),
        "letters, digits, '_' and '-' (at most 32)");
    AnswerKind ask = answerKind(fields.require("ask"));
    List<String> of = relationNames(fields, ask);
    List<Choice> choices = choices(fields, ask);
    String code = fields.optionalText("code", "");
    if (code.isBlank() && ask != AnswerKind.RELATION && ask != AnswerKind.CHOICE) {
      throw new DataFormatException(fields.location(), "question '" + id + "' needs 'code' (ask: "
          + ask.word() + " predicts something the code does)");
    }
    return new Question(id, code, ask, of, fields.optionalText("prompt", ""), choices,
        fields.optionalPositiveNumber("points", 1), visibility(fields),
        fields.optionalText("explain", "").strip(), misconceptions(fields), fields.location());
  }

  private static AnswerKind answerKind(DataNode node) throws DataFormatException {
    String word = node instanceof DataNode.Scalar scalar ? scalar.text() : "";
    return AnswerKind.fromWord(word).orElseThrow(() -> new DataFormatException(node.location(),
        "unknown answer kind '" + FieldReader.shorten(word.isEmpty() ? node.describe() : word)
            + "' (expected " + AnswerKind.words() + ")"));
  }

  static Visibility visibility(FieldReader fields) throws DataFormatException {
    String word = fields.optionalText("visibility", "visible");
    for (Visibility visibility : Visibility.values()) {
      if (visibility.word().equals(word)) {
        return visibility;
      }
    }
    throw new DataFormatException(fields.require("visibility").location(), "unknown visibility '"
        + FieldReader.shorten(word) + "' (expected visible, hidden)");
  }

  private static List<String> relationNames(FieldReader fields, AnswerKind ask) throws DataFormatException {
    if (ask != AnswerKind.RELATION) {
      refuse(fields, "of", "'of' only applies to ask: relation");
      return List.of();
    }
    List<DataNode> nodes = fields.requireList("of");
    if (nodes.size() != 2) {
      throw new DataFormatException(fields.require("of").location(), "'of' must name exactly two variables, found "
          + nodes.size());
    }
    List<String> names = new ArrayList<>();
    for (DataNode node : nodes) {
      String name = node instanceof DataNode.Scalar scalar ? scalar.text() : "";
      if (!PYTHON_NAME.matcher(name).matches()) {
        throw new DataFormatException(node.location(), "'of' must list Python names, found "
            + FieldReader.describeValue(node));
      }
      names.add(name);
    }
    return names;
  }

  private static List<Choice> choices(FieldReader fields, AnswerKind ask) throws DataFormatException {
    if (ask != AnswerKind.CHOICE) {
      refuse(fields, "choices", "'choices' only applies to ask: choice");
      return List.of();
    }
    List<DataNode> nodes = fields.requireList("choices");
    if (nodes.size() < 2) {
      throw new DataFormatException(fields.require("choices").location(), "'choices' must offer at least two options");
    }
    List<Choice> choices = new ArrayList<>();
    Set<String> labels = new HashSet<>();
    for (DataNode node : nodes) {
      FieldReader choice = FieldReader.of(node, "a choice").onlyKeys(CHOICE_KEYS);
      String label = choice.requireText("label");
      if (!labels.add(label)) {
        throw new DataFormatException(choice.location(), "duplicate choice label '" + label + "'");
      }
      choices.add(new Choice(label, choice.requireText("text"), choice.requireText("when")));
    }
    return choices;
  }

  private static List<Misconception> misconceptions(FieldReader fields) throws DataFormatException {
    List<Misconception> misconceptions = new ArrayList<>();
    for (DataNode node : fields.optionalList("misconceptions")) {
      FieldReader misconception = FieldReader.of(node, "a misconception").onlyKeys(MISCONCEPTION_KEYS);
      misconceptions.add(new Misconception(misconception.requireText("answer"),
          misconception.requireText("feedback").strip(), misconception.location()));
    }
    return misconceptions;
  }

  private static void refuse(FieldReader fields, String key, String message) throws DataFormatException {
    Optional<DataNode> node = fields.optional(key);
    if (node.isPresent()) {
      throw new DataFormatException(node.get().location(), message);
    }
  }

  private static String number(double value) {
    return value == Math.rint(value) ? Long.toString((long) value) : Double.toString(value);
  }
}
