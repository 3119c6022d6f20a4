package dev.ndgrade.grader.worker;

/** What a worker sends back during a job: a report per test as it finishes, then the job's end. */
public sealed interface WorkerMessage permits TestReport, JobEnd {
}
