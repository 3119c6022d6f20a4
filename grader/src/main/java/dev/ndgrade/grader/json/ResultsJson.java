package dev.ndgrade.grader.json;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.ndgrade.grader.result.SubmissionResult;
import dev.ndgrade.grader.result.Verdict;
import java.util.List;

/**
 * Writes results as the JSON of the scripts' contract (ARCHITECTURE "results"): one array, one
 * element per answer file, each with {@code student}, {@code exercise}, {@code score},
 * {@code max_score} and {@code questions: [{id, points, max_points, status}]}, plus feedback
 * fields. Fixed field order, no timestamps, {@code \n} line ends: byte-identical for identical results.
 */
public final class ResultsJson {

  private static final ObjectWriter WRITER = JsonMapper.builder()
      .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
      .build()
      .writer(new DefaultPrettyPrinter()
          .withObjectIndenter(new DefaultIndenter("  ", "\n"))
          .withArrayIndenter(new DefaultIndenter("  ", "\n")));

  private ResultsJson() {}

  /** The JSON array for {@code results}, ending with a newline. */
  public static String write(List<SubmissionResult> results) {
    try {
      return WRITER.writeValueAsString(results.stream().map(SubmissionJson::of).toList()) + "\n";
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write results as JSON", e);
    }
  }

  @JsonPropertyOrder({"student", "exercise", "file", "score", "max_score", "status", "error", "notes",
      "withheld_questions", "withheld_points", "questions"})
  record SubmissionJson(String student, String exercise, String file, double score,
                        @JsonProperty("max_score") double maxScore, String status, String error, List<String> notes,
                        @JsonProperty("withheld_questions") int withheldQuestions,
                        @JsonProperty("withheld_points") double withheldPoints, List<QuestionJson> questions) {

    static SubmissionJson of(SubmissionResult result) {
      return new SubmissionJson(result.student(), result.exercise(), result.file(), result.score(),
          result.maxScore(), result.error().isEmpty() ? "graded" : "error", result.error(), result.notes(),
          result.withheldQuestions(), result.withheldPoints(),
          result.questions().stream().map(QuestionJson::of).toList());
    }
  }

  @JsonPropertyOrder({"id", "points", "max_points", "status", "ask", "visibility", "answer", "expected", "note",
      "misconception", "explanation", "origins", "reason"})
  record QuestionJson(String id, double points, @JsonProperty("max_points") double maxPoints, String status,
                      String ask, String visibility, String answer, String expected, String note,
                      String misconception, String explanation, List<String> origins, String reason) {

    static QuestionJson of(Verdict verdict) {
      return new QuestionJson(verdict.questionId(), verdict.points(), verdict.maxPoints(), verdict.status().word(),
          verdict.ask(), verdict.visibility().word(), verdict.answer(), verdict.expected(), verdict.note(),
          verdict.misconception(), verdict.explanation(), verdict.origins(), verdict.reason());
    }
  }
}
