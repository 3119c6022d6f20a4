package dev.ndgrade.grader.worker;

import dev.ndgrade.strided.check.CaseFailure;
import dev.ndgrade.strided.check.NamedLayout;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeoutException;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.support.descriptor.MethodSource;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;

/**
 * Sends each test's report the moment it finishes, so a worker that dies later has already delivered what
 * finished. Remembers why a test class failed as a whole and whether a test left the JVM in doubt.
 */
final class ReportingListener implements TestExecutionListener {

  private final DataOutputStream channel;
  private final Set<String> studentClasses;
  private String problem = "";
  private boolean faulted;

  ReportingListener(DataOutputStream channel, Set<String> studentClasses) {
    this.channel = channel;
    this.studentClasses = studentClasses;
  }

  @Override
  public void executionFinished(TestIdentifier identifier, TestExecutionResult result) {
    if (!(identifier.getSource().orElse(null) instanceof MethodSource method)) {
      if (result.getStatus() != TestExecutionResult.Status.SUCCESSFUL && problem.isEmpty()) {
        problem = identifier.getDisplayName() + " could not run: " + describe(result.getThrowable().orElse(null));
      }
      return;
    }
    send(report(method.getMethodName(), result));
  }

  @Override
  public void executionSkipped(TestIdentifier identifier, String reason) {
    if (identifier.getSource().orElse(null) instanceof MethodSource method) {
      send(new TestReport(method.getMethodName(), TestReport.Outcome.FAILED, "skipped: " + reason, "", List.of()));
    }
  }

  private TestReport report(String test, TestExecutionResult result) {
    Throwable failure = result.getThrowable().orElse(null);
    if (result.getStatus() == TestExecutionResult.Status.SUCCESSFUL || failure == null) {
      return new TestReport(test, TestReport.Outcome.PASSED, "", "", List.of());
    }
    if (failure instanceof VirtualMachineError || failure.getCause() instanceof VirtualMachineError) {
      faulted = true;
    }
    if (failure instanceof TimeoutException) {
      faulted = true;
      return new TestReport(test, TestReport.Outcome.TIMED_OUT, failure.getMessage(), "", List.of());
    }
    if (failure instanceof CaseFailure caseFailure) {
      return new TestReport(test, TestReport.Outcome.FAILED,
          caseFailure.problem() + whereInStudentCode(caseFailure.getCause()), caseFailure.caseText(),
          caseFailure.pictured().stream().map(ReportingListener::picture).toList());
    }
    return new TestReport(test, TestReport.Outcome.FAILED, describe(failure), "", List.of());
  }

  /** {@code IndexOutOfBoundsException: ... (Slicing.java:31)}: the failure and where student code raised it. */
  private String describe(Throwable failure) {
    if (failure == null) {
      return "unknown failure";
    }
    String text = failure instanceof AssertionError && failure.getMessage() != null ? failure.getMessage()
        : failure.getClass().getName() + (failure.getMessage() == null ? "" : ": " + failure.getMessage());
    String where = whereInStudentCode(failure);
    if (!where.isEmpty()) {
      return text + where;
    }
    Throwable cause = failure.getCause();
    return cause != null && cause != failure ? text + ", caused by " + describe(cause) : text;
  }

  /** {@code " (at Slicing.java:31)"}: the innermost frame of student code in the failure's trace, if any. */
  private String whereInStudentCode(Throwable failure) {
    for (StackTraceElement frame : failure.getStackTrace()) {
      if (studentClasses.contains(frame.getClassName()) && frame.getFileName() != null) {
        return " (at " + frame.getFileName() + ":" + frame.getLineNumber() + ")";
      }
    }
    return "";
  }

  private static Picture picture(NamedLayout named) {
    var layout = named.layout();
    return new Picture(named.name(), layout.offset(), layout.shape(), layout.strides(), layout.itemsize(),
        named.bufferBytes());
  }

  private void send(TestReport report) {
    try {
      WorkerChannel.writeMessage(channel, report);
    } catch (IOException e) {
      throw new UncheckedIOException("the grader's channel closed", e);
    }
  }

  String problem() {
    return problem;
  }

  /** Whether a test overran (its thread may still run) or hit a VirtualMachineError (stack, memory, internal). */
  boolean faulted() {
    return faulted;
  }
}
