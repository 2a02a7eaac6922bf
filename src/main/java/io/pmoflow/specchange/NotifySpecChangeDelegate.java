package io.pmoflow.specchange;

import static io.pmoflow.specchange.SpecChangeVariables.*;

import io.pmoflow.specchange.SpecChangeMails.Notice;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Tells the people concerned what happened; the input parameter {@code notice} says what
 * (approved, rejected, withdrawn, rolledBack, escalated). Rejection and withdrawal also end the
 * request's life in the domain.
 */
@Component
public class NotifySpecChangeDelegate implements JavaDelegate {

  private final SpecChangeMails mails;
  private final ChangeRequestSteps steps;

  NotifySpecChangeDelegate(SpecChangeMails mails, ChangeRequestSteps steps) {
    this.mails = mails;
    this.steps = steps;
  }

  @Override
  public void execute(DelegateExecution execution) {
    long id = ((Number) execution.getVariable(CHANGE_REQUEST_ID)).longValue();
    String notice = (String) execution.getVariableLocal(NOTICE);
    String occasion = "once";
    switch (notice) {
      case "approved" -> occasion = "v" + execution.getVariable(RESULTING_VERSION);
      case "rejected" -> steps.finish(id, ChangeStatus.REJECTED, "Tell the requester: rejected");
      case "withdrawn" -> steps.finish(id, ChangeStatus.WITHDRAWN, "Tell the people concerned: withdrawn");
      case "escalated" -> occasion = execution.getId() + "-" + execution.getVariable(WAITING_TASK);
      case "rolledBack" -> occasion = "v" + execution.getVariable(RESULTING_VERSION);
      default -> throw new IllegalStateException("Unknown notice " + notice + " in " + execution.getCurrentActivityId());
    }
    mails.send(id, Notice.valueOf(notice.replaceAll("([A-Z])", "_$1").toUpperCase()), occasion);
    switch (notice) {
      case "approved", "rolledBack" -> steps.note(id, execution.getCurrentActivityName(), "mailed");
      case "escalated" -> steps.note(id, execution.getCurrentActivityName(),
          "decision overdue at " + execution.getVariable(WAITING_TASK));
      default -> { }
    }
  }
}
