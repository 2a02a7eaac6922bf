package io.pmoflow.rfp;

import java.util.Arrays;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * The drafting form's data: on create, the RFP as last saved goes into the task's own variables
 * (with the reviewers' comments); on complete, the edited RFP is checked and saved. An incomplete
 * draft (weights not 100, deadlines out of order, no MUST requirement, no vendor, ...) is refused
 * with every reason, and the task stays open.
 */
@Component
class DraftRfpTaskListener implements TaskListener {

  private final RfpSteps steps;

  DraftRfpTaskListener(RfpSteps steps) {
    this.steps = steps;
  }

  @Override
  public void notify(DelegateTask task) {
    long rfpId = ((Number) task.getVariable(RfpVariables.RFP_ID)).longValue();
    if (EVENTNAME_CREATE.equals(task.getEventName())) {
      show(task, rfpId);
    } else if (EVENTNAME_COMPLETE.equals(task.getEventName())) {
      task.getExecution()
          .setVariables(steps.completeDraft(rfpId, read(task), task.getAssignee()));
    }
  }

  private void show(DelegateTask task, long rfpId) {
    Rfp rfp = steps.rfp(rfpId);
    RfpDraft d = rfp.toDraft();
    task.setVariableLocal("projectName", steps.project(rfp.getProjectId()).getName());
    task.setVariableLocal(RfpVariables.REVIEW_COMMENTS, rfp.getReviewComments() == null ? "" : rfp.getReviewComments());
    task.setVariableLocal("title", d.title());
    task.setVariableLocal("background", d.background());
    task.setVariableLocal("scope", d.scope());
    task.setVariableLocal("requirements", RfpDraftLines.requirements(d.requirementList()));
    task.setVariableLocal("deliverables", RfpDraftLines.deliverables(d.deliverableList()));
    task.setVariableLocal("criteria", RfpDraftLines.criteria(d.criterionList()));
    task.setVariableLocal("vendors", RfpDraftLines.vendors(d.vendorList()));
    task.setVariableLocal("evaluatorIds", String.join(", ", d.evaluatorList()));
    task.setVariableLocal("issueDate", RfpFormValues.date(rfp.getIssueDate()));
    task.setVariableLocal("questionDeadline", RfpFormValues.dateTime(rfp.getQuestionDeadline()));
    task.setVariableLocal("proposalDeadline", RfpFormValues.dateTime(rfp.getProposalDeadline()));
    task.setVariableLocal("awardDate", RfpFormValues.date(rfp.getAwardDate()));
    task.setVariableLocal("projectStart", RfpFormValues.date(rfp.getProjectStart()));
    task.setVariableLocal("projectEnd", RfpFormValues.date(rfp.getProjectEnd()));
    task.setVariableLocal("personalData", rfp.isPersonalData());
    task.setVariableLocal("productionAccess", rfp.isProductionAccess());
  }

  private RfpDraft read(DelegateTask task) {
    String evaluators = RfpFormValues.text(task.getVariable("evaluatorIds"));
    List<String> evaluatorList =
        evaluators == null
            ? List.of()
            : Arrays.stream(evaluators.split("[,\\s]+")).filter(s -> !s.isBlank()).toList();
    return new RfpDraft(
        null,
        RfpFormValues.text(task.getVariable("title")),
        RfpFormValues.text(task.getVariable("background")),
        RfpFormValues.text(task.getVariable("scope")),
        RfpDraftLines.requirements(task.getVariable("requirements")),
        RfpDraftLines.deliverables(task.getVariable("deliverables")),
        new RfpDraft.Milestones(
            RfpFormValues.date(task.getVariable("issueDate"), "The issue date"),
            RfpFormValues.instant(task.getVariable("questionDeadline"), "The question deadline"),
            RfpFormValues.instant(task.getVariable("proposalDeadline"), "The proposal deadline"),
            RfpFormValues.date(task.getVariable("awardDate"), "The award date"),
            RfpFormValues.date(task.getVariable("projectStart"), "The project start"),
            RfpFormValues.date(task.getVariable("projectEnd"), "The project end")),
        RfpDraftLines.criteria(task.getVariable("criteria")),
        RfpDraftLines.vendors(task.getVariable("vendors")),
        evaluatorList,
        RfpFormValues.flag(task.getVariable("personalData")),
        RfpFormValues.flag(task.getVariable("productionAccess")));
  }
}
