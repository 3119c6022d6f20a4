package dev.ndgrade.grader.worker;

import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;
import static org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder.request;

import java.io.DataOutputStream;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.engine.JupiterTestEngine;
import org.junit.platform.engine.DiscoverySelector;
import org.junit.platform.launcher.Launcher;
import org.junit.platform.launcher.core.LauncherConfig;
import org.junit.platform.launcher.core.LauncherFactory;

/** Runs one job's tests through the JUnit Platform Launcher (Jupiter only), reporting on the channel. */
final class JobRunner {

  private static final Launcher LAUNCHER = LauncherFactory.create(LauncherConfig.builder()
      .enableTestEngineAutoRegistration(false)
      .enableTestExecutionListenerAutoRegistration(false)
      .enablePostDiscoveryFilterAutoRegistration(false)
      .enableLauncherSessionListenerAutoRegistration(false)
      .enableLauncherDiscoveryListenerAutoRegistration(false)
      .addTestEngines(new JupiterTestEngine())
      .build());

  private JobRunner() {}

  static JobEnd run(Job job, OutputCapture output, DataOutputStream channel) {
    output.reset(job.outputBytes());
    SandboxLoaders loaders = new SandboxLoaders(job.studentClasses(), job.testClasses());
    ReportingListener listener = new ReportingListener(channel, job.studentClasses().keySet());
    Thread thread = Thread.currentThread();
    ClassLoader previous = thread.getContextClassLoader();
    thread.setContextClassLoader(loaders.tests());
    try {
      LAUNCHER.execute(request()
          .selectors(selectors(job, loaders.tests()))
          .configurationParameter("junit.jupiter.execution.timeout.mode", "enabled")
          .configurationParameter("junit.jupiter.execution.timeout.default", job.perTestMillis() + " ms")
          .configurationParameter("junit.jupiter.execution.timeout.thread.mode.default", "SEPARATE_THREAD")
          .configurationParameter("junit.jupiter.extensions.autodetection.enabled", "false")
          .build(), listener);
    } catch (ClassNotFoundException | LinkageError e) {
      return new JobEnd(output.text(), "the tests could not be loaded: " + e, false);
    } finally {
      thread.setContextClassLoader(previous);
    }
    return new JobEnd(output.text(), listener.problem(), !listener.faulted());
  }

  private static List<DiscoverySelector> selectors(Job job, ClassLoader tests) throws ClassNotFoundException {
    List<DiscoverySelector> selectors = new ArrayList<>();
    for (String name : job.testClassNames()) {
      selectors.add(selectClass(Class.forName(name, false, tests)));
    }
    return selectors;
  }
}
