package io.pmoflow.rfp;

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
public final class RfpDraftForm {

  private RfpDraftForm() {}

  static Map<String, Object> show(Rfp rfp, Project project) {
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
    fields.put("questionDeadline", RfpFormValues.dateTime(rfp.getQuestionDeadline()));
    fields.put("proposalDeadline", RfpFormValues.dateTime(rfp.getProposalDeadline()));
    fields.put("awardDate", RfpFormValues.date(rfp.getAwardDate()));
    fields.put("projectStart", RfpFormValues.date(rfp.getProjectStart()));
    fields.put("projectEnd", RfpFormValues.date(rfp.getProjectEnd()));
    fields.put("personalData", rfp.isPersonalData());
    fields.put("productionAccess", rfp.isProductionAccess());
    return fields;
  }

  /** The edited RFP from the submitted fields (the project is the RFP's own, never the form's). */
  public static RfpDraft read(Function<String, Object> field) {
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
            RfpFormValues.date(field.apply("issueDate"), "The issue date"),
            RfpFormValues.instant(field.apply("questionDeadline"), "The question deadline"),
            RfpFormValues.instant(field.apply("proposalDeadline"), "The proposal deadline"),
            RfpFormValues.date(field.apply("awardDate"), "The award date"),
            RfpFormValues.date(field.apply("projectStart"), "The project start"),
            RfpFormValues.date(field.apply("projectEnd"), "The project end")),
        RfpDraftLines.criteria(field.apply("criteria")),
        RfpDraftLines.vendors(field.apply("vendors")),
        evaluatorList,
        RfpFormValues.flag(field.apply("personalData")),
        RfpFormValues.flag(field.apply("productionAccess")));
  }
}
