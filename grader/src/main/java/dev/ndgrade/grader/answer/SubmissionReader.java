package dev.ndgrade.grader.answer;

import dev.ndgrade.grader.data.DataFormatException;
import dev.ndgrade.grader.data.DataNode;
import dev.ndgrade.grader.data.DataReader;
import dev.ndgrade.grader.data.DataSyntaxException;
import dev.ndgrade.grader.data.FieldReader;
import dev.ndgrade.grader.i18n.Language;
import dev.ndgrade.grader.i18n.Messages;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads answer files, YAML or JSON: {@code {student: id, exercise: id, answers: {q1: "True"}}}.
 *
 * <p>A file that cannot be read as a whole (bad syntax, wrong shape) is a located
 * {@link DataFormatException}. Problems with single answers are kept as
 * {@link AnswerEntry.Unusable} so they cost only their own question.
 */
public final class SubmissionReader {

  /** Longest answer compared, in characters; longer ones score zero with a reason. */
  public static final int MAX_ANSWER_CHARS = 10_000;
  private static final Pattern STUDENT_ID = Pattern.compile("[\\p{L}\\p{N}._@+-]{1,100}");
  private static final Pattern EXERCISE_ID = Pattern.compile("[a-z0-9][a-z0-9-]{0,63}");
  private static final List<String> KEYS = List.of("student", "exercise", "answers");

  private final DataReader data;
  private final BrokenAnswerFile broken;
  private final Messages messages;

  private SubmissionReader(DataReader data, Messages messages) {
    this.data = data;
    this.messages = messages;
    this.broken = new BrokenAnswerFile(data, messages);
  }

  /** A reader with the default data limits, explaining unreadable answers in English. */
  public static SubmissionReader create() {
    return create(Messages.of(Language.EN));
  }

  /** A reader with the default data limits, explaining unreadable answers in {@code messages}' language. */
  public static SubmissionReader create(Messages messages) {
    return new SubmissionReader(DataReader.create(), messages);
  }

  /**
   * Reads one answer file.
   *
   * @param file where it is
   * @param shownName the file as the user named it, for messages
   * @param questionIds the exercise's question ids, when known, to note unknown ones; may be empty
   */
  public Submission read(Path file, String shownName, Set<String> questionIds) throws DataFormatException {
    List<String> formNotes = new ArrayList<>();
    BrokenAnswerFile.Reading reading = reading(file, shownName, formNotes);
    Submission read = submission(reading.root(), shownName, questionIds);
    List<String> notes = new ArrayList<>(formNotes);
    notes.addAll(read.notes());
    return withBroken(new Submission(read.student(), read.exercise(), read.answers(), notes, read.file()),
        reading.broken(), questionIds);
  }

  /**
   * The student id a file names on its own line, even when the rest of the file cannot be read,
   * so that a result that is not graded still names its student; empty when that line is unreadable.
   */
  public Optional<String> studentOf(Path file, String shownName) {
    try {
      return broken.topLevelText(data.readText(file, shownName), shownName, "student")
          .filter(STUDENT_ID.asMatchPredicate());
    } catch (DataFormatException unreadable) {
      return Optional.empty();
    }
  }

  /** Reads only the exercise id, so the right exercise can be loaded before the full read. */
  public String exerciseOf(Path file, String shownName) throws DataFormatException {
    FieldReader fields = FieldReader.of(reading(file, shownName, new ArrayList<>()).root(), "an answer file");
    return fields.requireText("exercise", EXERCISE_ID.asMatchPredicate(), "an exercise id");
  }

  /**
   * The file as a whole, or, when it is not valid YAML, piece by piece; folded answers are read
   * as literal ones, each with a note added to {@code notes}.
   */
  private BrokenAnswerFile.Reading reading(Path file, String shownName, List<String> notes)
      throws DataFormatException {
    if (shownName.toLowerCase(Locale.ROOT).endsWith(".json")) {
      return new BrokenAnswerFile.Reading(data.read(file, shownName), Map.of());
    }
    String text = FoldedAnswers.asLiteral(data.readText(file, shownName), shownName, messages, notes);
    try {
      return new BrokenAnswerFile.Reading(data.parse(text, shownName), Map.of());
    } catch (DataSyntaxException whole) {
      return broken.read(text, shownName, whole);
    }
  }

  /** {@code read} with the answers that could not be read put back in file order, each unusable. */
  private static Submission withBroken(Submission read, Map<String, AnswerEntry.Unusable> unreadable,
                                       Set<String> questionIds) {
    if (unreadable.isEmpty()) {
      return read;
    }
    Map<String, AnswerEntry> answers = new LinkedHashMap<>(read.answers());
    unreadable.forEach((id, entry) -> {
      if (questionIds.isEmpty() || questionIds.contains(id)) {
        answers.put(id, entry);
      }
    });
    return new Submission(read.student(), read.exercise(), answers, read.notes(), read.file());
  }

  Submission submission(DataNode root, String shownName, Set<String> questionIds) throws DataFormatException {
    FieldReader fields = FieldReader.of(root, "an answer file").onlyKeys(KEYS);
    String student = fields.requireText("student", STUDENT_ID.asMatchPredicate(),
        "a student id (letters, digits and . _ @ + -, at most 100)");
    String exercise = fields.requireText("exercise", EXERCISE_ID.asMatchPredicate(), "an exercise id");
    DataNode answersNode = fields.require("answers");
    Map<String, AnswerEntry> answers = new LinkedHashMap<>();
    List<String> notes = new ArrayList<>();
    if (answersNode instanceof DataNode.Scalar scalar && scalar.type() == DataNode.ScalarType.NULL) {
      return new Submission(student, exercise, answers, notes, shownName);
    }
    FieldReader answerFields = FieldReader.of(answersNode, "'answers'");
    for (var field : answerFields.mapping().fields().entrySet()) {
      String questionId = field.getKey();
      if (!questionIds.isEmpty() && !questionIds.contains(questionId)) {
        notes.add(field.getValue().keyLocation() + ": no question '" + FieldReader.shorten(questionId)
            + "' in " + exercise + "; this answer was ignored");
        continue;
      }
      answers.put(questionId, entry(field.getValue().value()));
    }
    return new Submission(student, exercise, answers, notes, shownName);
  }

  private static AnswerEntry entry(DataNode node) {
    if (node instanceof DataNode.Scalar scalar) {
      return scalar.type() == DataNode.ScalarType.NULL ? new AnswerEntry.Blank(scalar.location())
          : given(scalar.text(), scalar);
    }
    if (node instanceof DataNode.Sequence sequence) {
      return listText(sequence)
          .<AnswerEntry>map(text -> given(text, sequence))
          .orElseGet(() -> new AnswerEntry.Unusable(
              "the answer is a nested structure; write it as text in quotes", sequence.location()));
    }
    return new AnswerEntry.Unusable(
        "the answer must be text or a number, found " + node.describe() + " (quote answers that contain ': ')",
        node.location());
  }

  private static AnswerEntry given(String text, DataNode node) {
    if (text.isBlank()) {
      return new AnswerEntry.Blank(node.location());
    }
    if (text.length() > MAX_ANSWER_CHARS) {
      return new AnswerEntry.Unusable("the answer is " + text.length() + " characters long; at most "
          + MAX_ANSWER_CHARS + " are compared", node.location());
    }
    return new AnswerEntry.Given(text, node.location());
  }

  /**
   * An unquoted {@code [17, 2, 3]} or {@code [17 2 3]} is a YAML list; put the text back together
   * so it is compared like the quoted answer would be.
   */
  private static Optional<String> listText(DataNode.Sequence sequence) {
    StringBuilder text = new StringBuilder("[");
    for (int i = 0; i < sequence.items().size(); i++) {
      DataNode item = sequence.items().get(i);
      String part = item instanceof DataNode.Scalar scalar ? scalar.text()
          : item instanceof DataNode.Sequence inner ? listText(inner).orElse(null)
          : null;
      if (part == null) {
        return Optional.empty();
      }
      text.append(i == 0 ? "" : ", ").append(part);
    }
    return Optional.of(text.append(']').toString());
  }
}
