package io.pmoflow.rfp;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * The service tasks of process rfp-preparation. Each is a thin bean that reads the ids from the
 * variables, calls {@link RfpSteps} and writes back only what a gateway needs.
 */
final class RfpDelegates {

  private RfpDelegates() {}

  @Component("generateRfpDocumentDelegate")
  static class GenerateRfpDocumentDelegate implements JavaDelegate {
    private final RfpSteps steps;

    GenerateRfpDocumentDelegate(RfpSteps steps) {
      this.steps = steps;
    }

    @Override
    public void execute(DelegateExecution execution) {
      steps.generateDocument(RfpTasks.rfpId(execution));
    }
  }

  @Component("issueRfpDelegate")
  static class IssueRfpDelegate implements JavaDelegate {
    private final RfpSteps steps;

    IssueRfpDelegate(RfpSteps steps) {
      this.steps = steps;
    }

    @Override
    public void execute(DelegateExecution execution) {
      steps.issue(RfpTasks.rfpId(execution));
    }
  }

  @Component("broadcastAnswerDelegate")
  static class BroadcastAnswerDelegate implements JavaDelegate {
    private final RfpSteps steps;

    BroadcastAnswerDelegate(RfpSteps steps) {
      this.steps = steps;
    }

    @Override
    public void execute(DelegateExecution execution) {
      steps.broadcastAnswer(((Number) execution.getVariable(RfpVariables.QUESTION_ID)).longValue());
    }
  }

  @Component("closeProposalsDelegate")
  static class CloseProposalsDelegate implements JavaDelegate {
    private final RfpSteps steps;

    CloseProposalsDelegate(RfpSteps steps) {
      this.steps = steps;
    }

    @Override
    public void execute(DelegateExecution execution) {
      execution.setVariable(RfpVariables.PROPOSAL_COUNT, steps.closeProposals(RfpTasks.rfpId(execution)));
    }
  }

  @Component("extendProposalDeadlineDelegate")
  static class ExtendProposalDeadlineDelegate implements JavaDelegate {
    private final RfpSteps steps;

    ExtendProposalDeadlineDelegate(RfpSteps steps) {
      this.steps = steps;
    }

    @Override
    public void execute(DelegateExecution execution) {
      String deadline =
          steps.extendDeadline(
              RfpTasks.rfpId(execution),
              RfpFormValues.instant(execution.getVariable(RfpVariables.NEW_PROPOSAL_DEADLINE), "The new deadline"));
      execution.setVariable(RfpVariables.PROPOSAL_DEADLINE, deadline);
    }
  }

  @Component("cancelRfpDelegate")
  static class CancelRfpDelegate implements JavaDelegate {
    private final RfpSteps steps;

    CancelRfpDelegate(RfpSteps steps) {
      this.steps = steps;
    }

    @Override
    public void execute(DelegateExecution execution) {
      steps.cancel(RfpTasks.rfpId(execution), RfpFormValues.text(execution.getVariable(RfpVariables.CANCEL_REASON)));
    }
  }

  @Component("aggregateScoresDelegate")
  static class AggregateScoresDelegate implements JavaDelegate {
    private final RfpSteps steps;

    AggregateScoresDelegate(RfpSteps steps) {
      this.steps = steps;
    }

    @Override
    public void execute(DelegateExecution execution) {
      RfpAggregation.Result result = steps.aggregate(RfpTasks.rfpId(execution));
      execution.setVariable(RfpVariables.NEEDS_MODERATION, result.needsModeration());
    }
  }

  @Component("notifyBiddersDelegate")
  static class NotifyBiddersDelegate implements JavaDelegate {
    private final RfpSteps steps;

    NotifyBiddersDelegate(RfpSteps steps) {
      this.steps = steps;
    }

    @Override
    public void execute(DelegateExecution execution) {
      steps.notifyBidders(RfpTasks.rfpId(execution));
    }
  }

  @Component("handOverToOnboardingDelegate")
  static class HandOverToOnboardingDelegate implements JavaDelegate {
    private final RfpSteps steps;

    HandOverToOnboardingDelegate(RfpSteps steps) {
      this.steps = steps;
    }

    @Override
    public void execute(DelegateExecution execution) {
      String onboarding = steps.handOver(RfpTasks.rfpId(execution));
      if (onboarding != null) {
        execution.setVariable("onboardingProcessInstanceId", onboarding);
      }
    }
  }
}
