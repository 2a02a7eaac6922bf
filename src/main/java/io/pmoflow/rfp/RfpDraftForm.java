package io.pmoflow.rfp;

import io.pmoflow.forms.FormTime;
import io.pmoflow.project.Project;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The drafting form's fields: what it shows of the RFP as last saved (with the reviewers'
 * comments), and the edited RFP read back from what the PMO submitted.
 */
final class RfpDraftForm {

  private RfpDraftForm() {}

  static Map<String, Object> show(Rfp rfp, Project project, FormTime time) {
    RfpDraft d = rfp.toDraft();
    Map<String, Object> fields = new LinkedHashMap<>();
    fields.put("projectName", project.getName());
    fields.put(RfpVariables.REVIEW_COMMENTS, rfp.getReviewComments() == null ? "" : rfp.getReviewComments());
    fields.put("title", d.title());
    fields.put("background", d.background());
    fields.put("scope", d.scope());
    fields.put("requirements", RfpDraftLines.requirements(d.requirementList()));
    fields.put("deliverables", RfpDraftLines.deliverables(d.deliverableList()));
    fields.put("criteria", RfpDraftLines.criteria(d.criterionList()));
    fields.put("vendors", RfpDraftLines.vendors(d.vendorList()));
    fields.put("evaluatorIds", String.join(", ", d.evaluatorList()));
    fields.put("issueDate", RfpFormValues.date(rfp.getIssueDate()));
    fields.put("questionDeadline", time.shown(rfp.getQuestionDeadline()));
    fields.put("proposalDeadline", time.shown(rfp.getProposalDeadline()));
    fields.put("awardDate", RfpFormValues.date(rfp.getAwardDate()));
    fields.put("projectStart", RfpFormValues.date(rfp.getProjectStart()));
    fields.put("projectEnd", RfpFormValues.date(rfp.getProjectEnd()));
    fields.put("personalData", rfp.isPersonalData());
    fields.put("productionAccess", rfp.isProductionAccess());
    return fields;
  }

  /**
   * The edited RFP from the submitted fields (the project is the RFP's own, never the form's). A
   * date names its field by the form's label, as the person's form shows it.
   */
  static RfpDraft read(Function<String, Object> field, FormTime time) {
    String evaluators = RfpFormValues.text(field.apply("evaluatorIds"));
    List<String> evaluatorList =
        evaluators == null
            ? List.of()
            : Arrays.stream(evaluators.split("[,\\s]+")).filter(s -> !s.isBlank()).toList();
    return new RfpDraft(
        null,
        RfpFormValues.text(field.apply("title")),
        RfpFormValues.text(field.apply("background")),
        RfpFormValues.text(field.apply("scope")),
        RfpDraftLines.requirements(field.apply("requirements")),
        RfpDraftLines.deliverables(field.apply("deliverables")),
        new RfpDraft.Milestones(
            RfpFormValues.date(field.apply("issueDate"), "Issue date"),
            time.typed(field.apply("questionDeadline"), "Question deadline"),
            time.typed(field.apply("proposalDeadline"), "Proposal deadline"),
            RfpFormValues.date(field.apply("awardDate"), "Award date"),
            RfpFormValues.date(field.apply("projectStart"), "Project start"),
            RfpFormValues.date(field.apply("projectEnd"), "Project end")),
        RfpDraftLines.criteria(field.apply("criteria")),
        RfpDraftLines.vendors(field.apply("vendors")),
        evaluatorList,
        RfpFormValues.flag(field.apply("personalData")),
        RfpFormValues.flag(field.apply("productionAccess")));
  }
}
