package dev.ndgrade.grader.summary;

import dev.ndgrade.grader.result.SubmissionResult;

/** Where each submission's own report is, relative to the summary page; empty when none was written. */
@FunctionalInterface
public interface ReportLinks {

  /** The link to {@code result}'s report, never {@code null}; empty when there is none. */
  String href(SubmissionResult result);

  /** No reports were written alongside the summary. */
  static ReportLinks none() {
    return result -> "";
  }
}
