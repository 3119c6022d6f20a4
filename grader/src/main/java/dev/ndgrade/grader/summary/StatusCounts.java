package dev.ndgrade.grader.summary;

import dev.ndgrade.grader.result.Status;
import dev.ndgrade.grader.result.Verdict;
import java.util.List;

/** How many students' answers to one question ended in each status. */
public record StatusCounts(int correct, int partial, int wrong, int unanswered, int error) {

  public StatusCounts {
    if (correct < 0 || partial < 0 || wrong < 0 || unanswered < 0 || error < 0) {
      throw new IllegalArgumentException("status counts must not be negative: " + correct + ", " + partial + ", "
          + wrong + ", " + unanswered + ", " + error);
    }
  }

  /** The counts of {@code verdicts}' statuses. */
  public static StatusCounts of(List<Verdict> verdicts) {
    int[] counts = new int[Status.values().length];
    verdicts.forEach(verdict -> counts[verdict.status().ordinal()]++);
    return new StatusCounts(counts[Status.CORRECT.ordinal()], counts[Status.PARTIAL.ordinal()],
        counts[Status.WRONG.ordinal()], counts[Status.UNANSWERED.ordinal()], counts[Status.ERROR.ordinal()]);
  }

  /** How many answers ended in {@code status}. */
  public int count(Status status) {
    return switch (status) {
      case CORRECT -> correct;
      case PARTIAL -> partial;
      case WRONG -> wrong;
      case UNANSWERED -> unanswered;
      case ERROR -> error;
    };
  }

  /** All answers counted. */
  public int total() {
    return correct + partial + wrong + unanswered + error;
  }

  /** The share of answers in {@code status}, 0 to 1; 0 when nothing was counted. */
  public double share(Status status) {
    return total() == 0 ? 0 : (double) count(status) / total();
  }
}
