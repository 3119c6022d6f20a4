package dev.ndgrade.grader.engine;

import dev.ndgrade.grader.exercise.ExerciseBank;
import java.util.Optional;
import org.junit.platform.engine.ConfigurationParameters;
import org.junit.platform.engine.EngineDiscoveryRequest;
import org.junit.platform.engine.ExecutionRequest;
import org.junit.platform.engine.TestDescriptor;
import org.junit.platform.engine.UniqueId;
import org.junit.platform.engine.support.descriptor.EngineDescriptor;
import org.junit.platform.engine.support.discovery.EngineDiscoveryRequestResolver;
import org.junit.platform.engine.support.hierarchical.HierarchicalTestEngine;

/**
 * ndgrade's test engine: predict exercises are containers, their questions are tests. Discovery
 * resolves exercises by unique id ({@code [engine:ndgrade]/[exercise:ID]}, against the bank named
 * by {@value GradingParameters#BANK_PROPERTY_NAME}) or by directory. Execution computes each
 * exercise's key in the reference, then judges the answers of the file named by
 * {@value GradingParameters#ANSWERS_PROPERTY_NAME}, publishing one verdict per question.
 * Registered through {@code META-INF/services}.
 */
public final class NdgradeTestEngine extends HierarchicalTestEngine<GradingContext> {

  private static final EngineDiscoveryRequestResolver<EngineDescriptor> RESOLVER =
      EngineDiscoveryRequestResolver.<EngineDescriptor>builder()
          .addSelectorResolver(context -> new ExerciseSelectorResolver(
              () -> bank(context.getDiscoveryRequest().getConfigurationParameters())))
          .build();

  @Override
  public String getId() {
    return NdgradeIds.ENGINE_ID;
  }

  @Override
  public Optional<String> getGroupId() {
    return Optional.of("dev.ndgrade");
  }

  @Override
  public Optional<String> getArtifactId() {
    return Optional.of("grader");
  }

  @Override
  public TestDescriptor discover(EngineDiscoveryRequest request, UniqueId uniqueId) {
    EngineDescriptor engine = new EngineDescriptor(uniqueId, "ndgrade");
    RESOLVER.resolve(request, engine);
    return engine;
  }

  @Override
  protected GradingContext createExecutionContext(ExecutionRequest request) {
    return new GradingContext(request.getEngineExecutionListener(), request.getConfigurationParameters(), null);
  }

  private static ExerciseBank bank(ConfigurationParameters parameters) {
    String reference = parameters.get(GradingParameters.BANK_PROPERTY_NAME).orElse(ExerciseBank.BUNDLED);
    return ExerciseBank.fromReference(reference,
        parameters.get(GradingParameters.BANK_SHOWN_PROPERTY_NAME).orElse(reference));
  }
}
