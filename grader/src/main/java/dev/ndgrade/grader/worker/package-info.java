/**
 * What runs inside a worker JVM: it receives a job (an exercise's compiled tests and a submission's compiled
 * classes) on a private loopback channel, runs the tests through the JUnit Platform Launcher with student
 * classes in their own class loader (which sees only {@code java.*} and the student API), and streams one
 * {@link dev.ndgrade.grader.worker.TestReport} per test back on the same channel. Also the wire format both
 * sides share. Depends on nothing of the grader outside this package.
 */
package dev.ndgrade.grader.worker;
