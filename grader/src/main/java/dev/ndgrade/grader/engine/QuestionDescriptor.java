package dev.ndgrade.grader.engine;

import dev.ndgrade.grader.exercise.Question;
import dev.ndgrade.grader.result.Status;
import dev.ndgrade.grader.result.Verdict;
import java.util.Set;
import org.junit.platform.engine.TestTag;
import org.junit.platform.engine.UniqueId;
import org.junit.platform.engine.reporting.ReportEntry;
import org.junit.platform.engine.support.descriptor.AbstractTestDescriptor;
import org.junit.platform.engine.support.hierarchical.Node;

/**
 * A question: a test that judges the submission's answer, publishes the verdict as a report
 * entry, and fails unless the answer earned all its points. Tagged {@code visible} or {@code hidden}.
 */
final class QuestionDescriptor extends AbstractTestDescriptor implements Node<GradingContext> {

  private final Question question;

  QuestionDescriptor(UniqueId id, Question question) {
    super(id, question.id() + " (" + question.ask().word() + ")", ExerciseDescriptor.source(question.location()));
    this.question = question;
  }

  @Override
  public Type getType() {
    return Type.TEST;
  }

  @Override
  public Set<TestTag> getTags() {
    return Set.of(TestTag.create(question.visibility().word()));
  }

  @Override
  public GradingContext execute(GradingContext context, DynamicTestExecutor dynamicTestExecutor) {
    Verdict verdict = context.run().verdict(question);
    context.listener().reportingEntryPublished(this,
        ReportEntry.from(GradingParameters.VERDICT_ENTRY_KEY, VerdictCodec.encode(verdict)));
    if (verdict.status() != Status.CORRECT) {
      throw new AnswerNotCorrect(verdict);
    }
    return context;
  }
}
