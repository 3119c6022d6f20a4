package dev.ndgrade.grader.authoring;

import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.ndgrade.grader.key.AnswerKey;
import dev.ndgrade.grader.key.QuestionKey;
import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * An answer file whose every answer is the key: graded, it previews the report a student with
 * full marks gets (explanations and memory diagrams included).
 */
public final class KeyAnswers {

  private KeyAnswers() {}

  /** Writes the answer file (JSON) of {@code key}, as {@code student}'s, to {@code file}. */
  public static void write(AnswerKey key, String student, Path file) throws IOException {
    Map<String, String> answers = new LinkedHashMap<>();
    for (QuestionKey question : key.questions()) {
      answers.put(question.questionId(), question.expected());
    }
    Map<String, Object> submission = new LinkedHashMap<>();
    submission.put("student", student);
    submission.put("exercise", key.exerciseId());
    submission.put("answers", answers);
    JsonMapper.builder().build().writerWithDefaultPrettyPrinter().writeValue(file.toFile(), submission);
  }
}
