package dev.ndgrade.grader.exercise;

/**
 * How an implement exercise runs a student's code: JUnit tests in worker JVMs ({@link JavaSources}), or checks run
 * by the reference interpreter, which can do no I/O and so contains untrusted code by construction
 * ({@link PythonChecks}).
 */
public sealed interface Implementation permits JavaSources, PythonChecks {
}
