package io.pmoflow.rfp;

import io.pmoflow.rfp.RfpParts.Criterion;
import io.pmoflow.rfp.RfpParts.Deliverable;
import io.pmoflow.rfp.RfpParts.Requirement;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * The whole RFP as the PMO writes it: the body of {@code POST /api/rfps} and the content of the
 * drafting form. {@link RfpRules} says when it is complete.
 */
public record RfpDraft(
    @Schema(example = "1") Long projectId,
    @Schema(example = "Customer relationship system") String title,
    String background,
    String scope,
    List<Requirement> requirements,
    List<Deliverable> deliverables,
    Milestones milestones,
    List<Criterion> criteria,
    List<InvitedVendor> vendors,
    @Schema(description = "user ids of the evaluators (group evaluator)", example = "[\"evan\",\"ella\"]")
        List<String> evaluators,
    @Schema(description = "personal data is in scope (a security review follows)") Boolean personalData,
    @Schema(description = "the vendor will get production access (a security review follows)")
        Boolean productionAccess) {

  /** The RFP's schedule, in the order the dates must come. */
  public record Milestones(
      LocalDate issueDate,
      Instant questionDeadline,
      Instant proposalDeadline,
      LocalDate awardDate,
      LocalDate projectStart,
      LocalDate projectEnd) {

    static final Milestones NONE = new Milestones(null, null, null, null, null, null);
  }

  public record InvitedVendor(
      @Schema(description = "the vendor's code; its staff are in group vendor-<code>", example = "acme")
          String code,
      @Schema(example = "Acme Ltd") String name,
      @Schema(example = "bids@acme.example") String email) {}

  List<Requirement> requirementList() {
    return requirements == null ? List.of() : requirements;
  }

  List<Deliverable> deliverableList() {
    return deliverables == null ? List.of() : deliverables;
  }

  List<Criterion> criterionList() {
    return criteria == null ? List.of() : criteria;
  }

  List<InvitedVendor> vendorList() {
    return vendors == null ? List.of() : vendors;
  }

  List<String> evaluatorList() {
    return evaluators == null ? List.of() : evaluators;
  }
}
