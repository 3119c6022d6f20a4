package dev.ndgrade.grader.export;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import dev.ndgrade.grader.exercise.AnswerKind;
import dev.ndgrade.grader.exercise.Visibility;
import dev.ndgrade.grader.result.Status;
import dev.ndgrade.grader.result.SubmissionResult;
import dev.ndgrade.grader.result.Verdict;
import java.util.List;

/**
 * Gradescope's {@code results.json} (autograder specification): a top-level {@code score} and
 * {@code output}, and one test per question with {@code score}, {@code max_score}, {@code status}
 * ({@code passed}/{@code failed}), {@code name}, {@code number}, {@code output} and
 * {@code visibility}. Hidden questions become {@code after_published}: shown once grades are
 * published, so students never see a hidden question's answer before the deadline.
 */
final class GradescopeExporter implements Exporter {

  @Override
  public String export(List<SubmissionResult> results, ExportSettings settings) throws ExportException {
    if (results.size() != 1) {
      throw new ExportException("Gradescope grades one submission per run; got " + results.size() + " answer files");
    }
    SubmissionResult result = results.get(0);
    List<Test> tests = result.questions().stream().map(Test::of).toList();
    return JsonText.of(new Results(result.score(), FeedbackText.submission(result), "text", tests));
  }

  @JsonPropertyOrder({"score", "output", "output_format", "tests"})
  record Results(double score, String output, @JsonProperty("output_format") String outputFormat, List<Test> tests) {}

  @JsonPropertyOrder({"name", "number", "score", "max_score", "status", "output", "visibility"})
  @JsonInclude(JsonInclude.Include.NON_NULL)
  record Test(String name, String number, double score, @JsonProperty("max_score") double maxScore, String status,
              String output, String visibility) {

    static Test of(Verdict verdict) {
      return new Test(verdict.questionId() + " · " + AnswerKind.task(verdict.ask()), verdict.questionId(),
          verdict.points(), verdict.maxPoints(), verdict.status() == Status.CORRECT ? "passed" : "failed",
          FeedbackText.question(verdict), verdict.visibility() == Visibility.HIDDEN ? "after_published" : "visible");
    }
  }
}
