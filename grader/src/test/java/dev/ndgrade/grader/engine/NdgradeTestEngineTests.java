package dev.ndgrade.grader.engine;

import static org.junit.platform.engine.discovery.DiscoverySelectors.selectDirectory;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectUniqueId;
import static org.junit.platform.testkit.engine.EventConditions.container;
import static org.junit.platform.testkit.engine.EventConditions.finishedWithFailure;
import static org.junit.platform.testkit.engine.EventConditions.test;
import static org.junit.platform.testkit.engine.TestExecutionResultConditions.message;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.junit.platform.testkit.engine.Events;

class NdgradeTestEngineTests {

  private static final Path SAMPLES = Path.of("../exercises/samples");

  @Test
  void runsOneContainerPerExerciseAndOneTestPerQuestion() {
    Events tests = kit().selectors(selectUniqueId(NdgradeIds.exercise("views-slicing")))
        .configurationParameter(GradingParameters.ANSWERS_PROPERTY_NAME,
            SAMPLES.resolve("correct/ada-views-slicing.yaml").toString())
        .execute().testEvents();
    tests.assertStatistics(stats -> stats.started(5).succeeded(5).failed(0));
  }

  @Test
  void failsTheTestsOfWrongAnswersLikeFailedAssertions() {
    Events tests = kit().selectors(selectUniqueId(NdgradeIds.exercise("views-slicing")))
        .configurationParameter(GradingParameters.ANSWERS_PROPERTY_NAME,
            SAMPLES.resolve("partly-wrong/ben-views-slicing.yaml").toString())
        .execute().testEvents();
    tests.assertStatistics(stats -> stats.started(5).succeeded(1).failed(4));
    tests.assertThatEvents().haveExactly(1, org.junit.platform.testkit.engine.EventConditions.event(
        test("q5"), finishedWithFailure(message("q5: partial (1/2)"))));
  }

  @Test
  void gradesEveryQuestionAsUnansweredWithoutAnAnswerFile() {
    kit().selectors(selectUniqueId(NdgradeIds.exercise("aliases-views-copies"))).execute().testEvents()
        .assertStatistics(stats -> stats.started(9).failed(9));
  }

  @Test
  void selectsOneQuestionByItsUniqueId() {
    kit().selectors(selectUniqueId(NdgradeIds.question("views-slicing", "q2"))).execute().testEvents()
        .assertStatistics(stats -> stats.started(1));
  }

  @Test
  void tagsQuestionsByVisibility() {
    var plan = kit().selectors(selectUniqueId(NdgradeIds.exercise("views-slicing"))).execute().testEvents();
    Set<String> hidden = plan.started().stream()
        .filter(e -> e.getTestDescriptor().getTags().stream().anyMatch(t -> t.getName().equals("hidden")))
        .map(e -> e.getTestDescriptor().getUniqueId().getLastSegment().getValue())
        .collect(Collectors.toSet());
    org.junit.jupiter.api.Assertions.assertEquals(Set.of("q5"), hidden);
  }

  @Test
  void aBrokenExerciseFailsOnlyItsOwnContainerWithALocatedMessage(@TempDir Path bank) throws Exception {
    Files.createDirectories(bank.resolve("broken"));
    Files.writeString(bank.resolve("broken/exercise.yaml"),
        "id: broken\ntitle: T\nquestions:\n  - id: q1\n    code: x\n    ask: vlaue\n");
    Files.createDirectories(bank.resolve("good"));
    Files.writeString(bank.resolve("good/exercise.yaml"),
        "id: good\ntitle: T\nquestions:\n  - id: q1\n    code: np.arange(3).base is None\n    ask: value\n");
    var results = kit().selectors(selectDirectory(bank.toFile())).execute();
    results.allEvents().assertThatEvents().haveExactly(1, org.junit.platform.testkit.engine.EventConditions.event(
        container("broken"), finishedWithFailure(message(m -> m.endsWith(
            "broken/exercise.yaml:6:10: unknown answer kind 'vlaue' (expected value, output, relation, error, bytes, choice)")))));
    results.testEvents().assertStatistics(stats -> stats.started(1).failed(1));
  }

  @Test
  void anExerciseWhoseKeyCannotBeComputedFailsAloneAndSaysWhy(@TempDir Path bank) throws Exception {
    Files.createDirectories(bank.resolve("nokey"));
    Files.writeString(bank.resolve("nokey/exercise.yaml"),
        "id: nokey\ntitle: T\nquestions:\n  - id: q1\n    code: a = 1\n    ask: value\n");
    kit().selectors(selectDirectory(bank.resolve("nokey").toFile())).execute().containerEvents()
        .assertThatEvents().haveExactly(1, org.junit.platform.testkit.engine.EventConditions.event(
            container("nokey"), finishedWithFailure(message(m -> m.startsWith("the answer key cannot be computed")
                && m.contains("question q1: the last statement shows no value")))));
  }

  @Test
  void namesAnUnknownExercise() {
    kit().selectors(selectUniqueId(NdgradeIds.exercise("views-slicng"))).execute().containerEvents()
        .assertThatEvents().haveExactly(1, org.junit.platform.testkit.engine.EventConditions.event(
            container("views-slicng"), finishedWithFailure(message(m -> m.contains("no exercise 'views-slicng'")))));
  }

  private static EngineTestKit.Builder kit() {
    return EngineTestKit.engine(NdgradeIds.ENGINE_ID);
  }
}
