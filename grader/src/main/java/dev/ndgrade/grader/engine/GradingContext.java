package dev.ndgrade.grader.engine;

import java.util.Objects;
import org.junit.platform.engine.ConfigurationParameters;
import org.junit.platform.engine.EngineExecutionListener;
import org.junit.platform.engine.support.hierarchical.EngineExecutionContext;

/**
 * What a node of the engine needs while it runs: where to publish verdicts, the request's
 * parameters, and (below an exercise) that exercise's run.
 */
final class GradingContext implements EngineExecutionContext {

  private final EngineExecutionListener listener;
  private final ConfigurationParameters parameters;
  private final ExerciseRun run;

  GradingContext(EngineExecutionListener listener, ConfigurationParameters parameters, ExerciseRun run) {
    this.listener = Objects.requireNonNull(listener, "listener must not be null");
    this.parameters = Objects.requireNonNull(parameters, "parameters must not be null");
    this.run = run;
  }

  EngineExecutionListener listener() {
    return listener;
  }

  ConfigurationParameters parameters() {
    return parameters;
  }

  /** The exercise's run; only questions, which always sit below their exercise, call this. */
  ExerciseRun run() {
    if (run == null) {
      throw new IllegalStateException("a question ran outside its exercise");
    }
    return run;
  }

  GradingContext with(ExerciseRun exerciseRun) {
    return new GradingContext(listener, parameters, exerciseRun);
  }
}
