package io.pmoflow.rfp;

import static org.assertj.core.api.Assertions.assertThat;

import io.pmoflow.rfp.RfpParts.Criterion;
import io.pmoflow.rfp.RfpParts.Deliverable;
import io.pmoflow.rfp.RfpParts.Kind;
import io.pmoflow.rfp.RfpParts.Priority;
import io.pmoflow.rfp.RfpParts.Requirement;
import io.pmoflow.web.FieldProblem;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import io.pmoflow.i18n.Languages;
import io.pmoflow.i18n.RequestLanguage;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RfpRulesTest {

  static final Set<String> EVALUATORS = Set.of("evan", "ella");

  /** A complete draft; the tests break one rule each. */
  static RfpDraft complete() {
    return new RfpDraft(
        1L,
        "Customer relationship system",
        "Sales works from spreadsheets.",
        "Licences, set-up, migration and training.",
        List.of(
            new Requirement("F-01", Priority.MUST, Kind.FUNCTIONAL, "Keeps every customer contact."),
            new Requirement("NF-01", Priority.SHOULD, Kind.NON_FUNCTIONAL, "Answers within 2 s.")),
        List.of(new Deliverable("Running system", "Configured and migrated")),
        milestones(),
        List.of(new Criterion("Price", 60), new Criterion("Approach", 40)),
        List.of(new RfpDraft.InvitedVendor("acme", "Acme Ltd", "bids@acme.example")),
        List.of("evan", "ella"),
        false,
        false);
  }

  static RfpDraft.Milestones milestones() {
    return new RfpDraft.Milestones(
        LocalDate.parse("2030-01-05"),
        Instant.parse("2030-01-15T12:00:00Z"),
        Instant.parse("2030-01-31T12:00:00Z"),
        LocalDate.parse("2030-02-15"),
        LocalDate.parse("2030-03-01"),
        LocalDate.parse("2030-12-31"));
  }

  static List<FieldProblem> check(RfpDraft draft) {
    return RfpRules.check(draft, EVALUATORS::contains);
  }

  static RfpDraft withCriteria(List<Criterion> criteria) {
    RfpDraft d = complete();
    return new RfpDraft(d.projectId(), d.title(), d.background(), d.scope(), d.requirements(), d.deliverables(),
        d.milestones(), criteria, d.vendors(), d.evaluators(), false, false);
  }

  @Test
  void aCompleteDraftBreaksNoRule() {
    assertThat(check(complete())).isEmpty();
  }

  @Test
  void weightsMustSumTo100() {
    assertThat(check(withCriteria(List.of(new Criterion("Price", 60), new Criterion("Approach", 30)))))
        .containsExactly(new FieldProblem("criteria", "weights must sum to 100 but sum to 90"));
  }

  @Test
  void aCriterionNamedTwiceOrWithoutWeightIsRefused() {
    assertThat(check(withCriteria(List.of(new Criterion("Price", 100), new Criterion("price", 0)))))
        .extracting(FieldProblem::field)
        .contains("criteria[1].name", "criteria[1].weight");
  }

  @Test
  void atLeastOneMustRequirement() {
    RfpDraft d = complete();
    RfpDraft onlyShould = new RfpDraft(d.projectId(), d.title(), d.background(), d.scope(),
        List.of(new Requirement("F-01", Priority.SHOULD, Kind.FUNCTIONAL, "Nice to have")),
        d.deliverables(), d.milestones(), d.criteria(), d.vendors(), d.evaluators(), false, false);
    assertThat(check(onlyShould)).containsExactly(new FieldProblem("requirements", "needs at least one MUST requirement"));
  }

  @Test
  void requirementIdsAreUniqueAndWellFormed() {
    RfpDraft d = complete();
    RfpDraft bad = new RfpDraft(d.projectId(), d.title(), d.background(), d.scope(),
        List.of(
            new Requirement("F-01", Priority.MUST, Kind.FUNCTIONAL, "a"),
            new Requirement("f-01", Priority.MUST, null, "b"),
            new Requirement("no spaces", null, Kind.FUNCTIONAL, "")),
        d.deliverables(), d.milestones(), d.criteria(), d.vendors(), d.evaluators(), false, false);
    assertThat(check(bad)).extracting(FieldProblem::field)
        .containsExactlyInAnyOrder("requirements[1].id", "requirements[1].kind", "requirements[2].id",
            "requirements[2].priority", "requirements[2].text");
  }

  @Test
  void deadlinesMustComeInOrder() {
    RfpDraft d = complete();
    RfpDraft.Milestones m = new RfpDraft.Milestones(
        LocalDate.parse("2030-01-20"),
        Instant.parse("2030-01-15T12:00:00Z"),
        Instant.parse("2030-01-10T12:00:00Z"),
        LocalDate.parse("2030-01-05"),
        LocalDate.parse("2030-01-01"),
        LocalDate.parse("2030-01-01"));
    RfpDraft bad = new RfpDraft(d.projectId(), d.title(), d.background(), d.scope(), d.requirements(),
        d.deliverables(), m, d.criteria(), d.vendors(), d.evaluators(), false, false);
    assertThat(check(bad)).extracting(FieldProblem::field)
        .containsExactly("milestones.questionDeadline", "milestones.proposalDeadline", "milestones.awardDate",
            "milestones.projectStart", "milestones.projectEnd");
  }

  @Test
  void noVendorNoEvaluatorNoDeliverableAndMissingTextsAreEachNamed() {
    RfpDraft empty = new RfpDraft(null, " ", null, "", null, null, null, null, null, null, null, null);
    assertThat(check(empty)).extracting(FieldProblem::field)
        .containsExactlyInAnyOrder("projectId", "title", "background", "scope", "requirements", "deliverables",
            "milestones", "criteria", "vendors", "evaluators");
  }

  @Test
  void vendorsNeedACodeANameAndAnEmailAndEvaluatorsMustBeEvaluators() {
    RfpDraft d = complete();
    RfpDraft bad = new RfpDraft(d.projectId(), d.title(), d.background(), d.scope(), d.requirements(),
        d.deliverables(), d.milestones(), d.criteria(),
        List.of(new RfpDraft.InvitedVendor("Acme Ltd", "", "not-an-address"),
            new RfpDraft.InvitedVendor("globex", "Globex", "bids@globex.example"),
            new RfpDraft.InvitedVendor("globex", "Globex again", "b@globex.example")),
        List.of("evan", "peter"), false, false);
    assertThat(check(bad)).extracting(FieldProblem::field)
        .containsExactlyInAnyOrder("vendors[0].code", "vendors[0].name", "vendors[0].email", "vendors[2].code",
            "evaluators[1]");
  }

  @Test
  void aNullInAnyListIsNamedByItsPositionInsteadOfFailing() {
    RfpDraft d = complete();
    RfpDraft withNulls = new RfpDraft(d.projectId(), d.title(), d.background(), d.scope(),
        Arrays.asList(new Requirement("F-01", Priority.MUST, Kind.FUNCTIONAL, "a"), null),
        Arrays.asList((Deliverable) null),
        d.milestones(),
        Arrays.asList(new Criterion("Price", 100), null),
        Arrays.asList(null, new RfpDraft.InvitedVendor("acme", "Acme Ltd", "bids@acme.example")),
        Arrays.asList("evan", null), false, false);

    assertThat(check(withNulls))
        .filteredOn(problem -> problem.message().equals("must not be null"))
        .extracting(FieldProblem::field)
        .containsExactlyInAnyOrder("requirements[1]", "deliverables[0]", "criteria[1]", "vendors[0]", "evaluators[1]");
  }

  @Test
  void deadlinesThatHavePassedAreRefusedWhenTheRfpIsCreated() {
    Instant betweenTheDeadlines = Instant.parse("2030-01-20T00:00:00Z");
    assertThat(RfpRules.check(complete(), EVALUATORS::contains, betweenTheDeadlines))
        .containsExactly(new FieldProblem("milestones.questionDeadline",
            "has already passed (2030-01-15T12:00:00Z); it must be in the future"));

    Instant afterBoth = Instant.parse("2030-01-31T12:00:00Z");
    assertThat(RfpRules.check(complete(), EVALUATORS::contains, afterBoth)).extracting(FieldProblem::field)
        .containsExactly("milestones.questionDeadline", "milestones.proposalDeadline");

    Instant before = Instant.parse("2030-01-01T00:00:00Z");
    assertThat(RfpRules.check(complete(), EVALUATORS::contains, before)).isEmpty();
  }

  @Test
  void anInvitedVendorsAddressMustFitItsColumn() {
    RfpDraft d = complete();
    String longAddress = "a".repeat(310) + "@acme.example";
    RfpDraft bad = new RfpDraft(d.projectId(), d.title(), d.background(), d.scope(), d.requirements(),
        d.deliverables(), d.milestones(), d.criteria(),
        List.of(new RfpDraft.InvitedVendor("acme", "Acme Ltd", longAddress)), d.evaluators(), false, false);
    assertThat(check(bad)).containsExactly(new FieldProblem("vendors[0].email", "must be at most 320 characters"));
  }

  @Test
  void aDeliverableWithoutDescriptionIsStoredWithEmptyText() {
    assertThat(new Deliverable("Running system", null).description()).isEmpty();
  }

  @Test
  void theFormMessageListsEveryReason() {
    String message = RfpRules.describe(check(withCriteria(List.of(new Criterion("Price", 50)))));
    assertThat(message).isEqualTo("The RFP cannot go to review yet: Evaluation criteria weights must sum to 100 but sum to 50.");
  }

  @Test
  void theFormMessageCountsListRowsAsAPersonDoes() {
    String message = RfpRules.describe(check(withCriteria(List.of(new Criterion("Price", 60), new Criterion("", 40)))));
    assertThat(message).isEqualTo("The RFP cannot go to review yet: Evaluation criteria, row 2: name is required.");
  }

  @Test
  void theFormMessageReadsInJapaneseForAJapaneseRequest() {
    String message = RequestLanguage.in(Languages.JAPANESE, () ->
        RfpRules.describe(check(withCriteria(List.of(new Criterion("Price", 60), new Criterion("", 30))))));
    assertThat(message).isEqualTo("RFP はまだレビューに回せません：評価基準、2 行目：name：必須です。"
        + "評価基準：配点の合計は 100 にしてください（現在 90）。");
  }
}
