package dev.ndgrade.grader.summary;

import dev.ndgrade.grader.result.SubmissionResult;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What a class did over a batch of answer files: one summary per exercise (by exercise id) and the
 * files that could not be graded (by file). The same results in any order give an equal summary.
 *
 * @param submissions how many answer files there were
 * @param exercises one summary per exercise with at least one graded submission, by exercise id
 * @param ungraded the files that could not be graded, by file
 */
public record ClassSummary(int submissions, List<ExerciseSummary> exercises, List<UngradedSubmission> ungraded) {

  public ClassSummary {
    exercises = List.copyOf(exercises);
    ungraded = List.copyOf(ungraded);
  }

  /**
   * The summary of {@code results}.
   *
   * @param results every answer file's result, never {@code null}
   * @param links where each result's report is
   */
  public static ClassSummary of(List<SubmissionResult> results, ReportLinks links) {
    Map<String, List<SubmissionResult>> graded = new TreeMap<>();
    List<UngradedSubmission> ungraded = new ArrayList<>();
    for (SubmissionResult result : results.stream().sorted(Comparator.comparing(SubmissionResult::file)
        .thenComparing(SubmissionResult::student)).toList()) {
      if (result.error().isEmpty()) {
        graded.computeIfAbsent(result.exercise(), id -> new ArrayList<>()).add(result);
      } else {
        ungraded.add(new UngradedSubmission(result.file(), result.student(), result.exercise(), result.error(),
            links.href(result)));
      }
    }
    return new ClassSummary(results.size(),
        graded.values().stream().map(group -> ExerciseSummary.of(group, links)).toList(), ungraded);
  }

  /** How many answer files were graded. */
  public int graded() {
    return submissions - ungraded.size();
  }
}
