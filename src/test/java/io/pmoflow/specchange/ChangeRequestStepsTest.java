package io.pmoflow.specchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

/** What the process's steps write to a change request: status, figures, trail. */
class ChangeRequestStepsTest {

  ChangeRequestRepository requests = mock(ChangeRequestRepository.class);
  ChangeRequestSectionRepository proposed = mock(ChangeRequestSectionRepository.class);
  ChangeDecisionRepository trail = mock(ChangeDecisionRepository.class);
  SpecService spec = mock(SpecService.class);
  SpecSectionRepository sections = mock(SpecSectionRepository.class);
  Clock clock = Clock.fixed(Instant.parse("2027-03-01T10:00:00Z"), ZoneOffset.UTC);
  ChangeRequestSteps steps = new ChangeRequestSteps(requests, proposed, trail, spec, sections, mock(ChangeBoardVoteRepository.class), clock);
  ChangeRequest request =
      new ChangeRequest(7L, "Login code", "Add a code", "audit", "peter", RequesterRole.CLIENT, "acme",
          ChangeType.NORMAL, 1, clock.instant());

  @BeforeEach
  void setUp() {
    when(requests.findById(42L)).thenReturn(Optional.of(request));
  }

  @Test
  void waitingTasksSetTheStatus() {
    steps.taskCreated(42L, "Task_ImpactAnalysis");
    assertThat(request.getStatus()).isEqualTo(ChangeStatus.IN_ANALYSIS);
    steps.taskCreated(42L, "Task_BoardVote");
    assertThat(request.getStatus()).isEqualTo(ChangeStatus.IN_APPROVAL);
    steps.taskCreated(42L, "Task_ContractAmendment");
    assertThat(request.getStatus()).isEqualTo(ChangeStatus.IN_APPROVAL);
  }

  @Test
  void triageClassifiesAsksAndDefers() {
    steps.taskCompleted(42L, "Task_Triage", "Triage", "paula", Map.of("triageOutcome", "complete", "changeType", "emergency"));
    assertThat(request.getType()).isEqualTo(ChangeType.EMERGENCY);
    assertThat(lastEntry().getOutcome()).isEqualTo("complete, classified emergency");

    steps.taskCompleted(42L, "Task_Triage", "Triage", "paula", Map.of("triageOutcome", "incomplete", "question", "Which users?"));
    assertThat(request.getQuestion()).isEqualTo("Which users?");

    steps.taskCompleted(42L, "Task_Triage", "Triage", "paula",
        Map.of("triageOutcome", "deferred", "followUpDate", "2027-06-01T00:00:00", "comment", "after go-live"));
    assertThat(request.getStatus()).isEqualTo(ChangeStatus.DEFERRED);
    assertThat(request.getFollowUpDate()).isEqualTo(LocalDate.of(2027, 6, 1));
    assertThat(lastEntry().getComment()).isEqualTo("after go-live");
    assertThat(lastEntry().getActor()).isEqualTo("paula");
  }

  @Test
  void impactFiguresArriveAsWhateverNumbersTasklistSends() {
    steps.taskCompleted(42L, "Task_ImpactAnalysis", "Analyse", "paula",
        Map.of("effortDays", 2.5, "cost", 12000L, "delayDays", 3, "risk", "high", "contractChange", true));
    assertThat(request.getEffortDays()).isEqualByComparingTo("2.5");
    assertThat(request.getCost()).isEqualByComparingTo(new BigDecimal("12000"));
    assertThat(request.getDelayDays()).isEqualTo(3);
    assertThat(request.isContractChange()).isTrue();
    assertThat(lastEntry().getOutcome()).isEqualTo("cost 12000, delay 3 days, contract change");

    steps.taskCompleted(42L, "Task_VendorEstimate", "Estimate", "victor", Map.of("vendorEffortDays", 4, "vendorCost", 900.5));
    assertThat(request.getVendorCost()).isEqualByComparingTo("900.5");
  }

  @Test
  void routingIsRecordedWithItsRules() {
    steps.recordRoute(42L, new ChangeRequestSteps.Route(false, true, true, List.of("R3 cost", "R6 cost")));
    ChangeDecision entry = lastEntry();
    assertThat(entry.getOutcome()).isEqualTo("needs approval by change board, sponsor");
    assertThat(entry.getRule()).isEqualTo("R3 cost; R6 cost");
  }

  @Test
  void approvalWritesTheBaselineOnceAndNamesTheManualSectionsOfChangedScreens() {
    ChangeRequestSection change = new ChangeRequestSection(42L, 5L, "Login", "new");
    when(proposed.findByChangeRequestIdOrderById(42L)).thenReturn(List.of(change));
    when(spec.writeBaseline(any(), any(), any())).thenReturn(3);
    when(sections.findById(5L)).thenReturn(Optional.of(new SpecSection(7L, "UI-LOGIN", SectionKind.UI_SCREEN)));
    ManualSection manual = mock(ManualSection.class);
    when(manual.getId()).thenReturn(9L);
    when(spec.manualSectionsShowing(any(), any())).thenReturn(List.of(manual));

    ChangeRequestSteps.NewBaseline baseline = steps.approve(42L);
    assertThat(baseline.version()).isEqualTo(3);
    assertThat(baseline.manualSectionIds()).containsExactly(9L);
    assertThat(request.getStatus()).isEqualTo(ChangeStatus.APPROVED);

    // a retried job finds the version it wrote and writes nothing again
    assertThat(steps.approve(42L).version()).isEqualTo(3);
    verify(spec, org.mockito.Mockito.times(1)).writeBaseline(any(), any(), any());
  }

  @Test
  void anApprovalOverAChangeMadeInTheMeantimeSaysSoInTheTrail() {
    when(proposed.findByChangeRequestIdOrderById(42L)).thenReturn(List.of(new ChangeRequestSection(42L, 5L, "Login", "new")));
    when(spec.currentVersion(7L)).thenReturn(2);
    when(spec.keysById(7L)).thenReturn(Map.of(5L, "UI-LOGIN"));
    when(spec.history(7L)).thenReturn(new SpecHistory(List.of(
        new SpecHistory.Revision("UI-LOGIN", SectionKind.UI_SCREEN, 1, "Login", "old"),
        new SpecHistory.Revision("UI-LOGIN", SectionKind.UI_SCREEN, 2, "Login", "parallel"))));
    when(spec.writeBaseline(any(), any(), any())).thenReturn(3);
    when(sections.findById(5L)).thenReturn(Optional.empty());

    steps.approve(42L);

    ArgumentCaptor<ChangeDecision> saved = ArgumentCaptor.forClass(ChangeDecision.class);
    verify(trail, org.mockito.Mockito.times(2)).save(saved.capture());
    assertThat(saved.getAllValues().get(0).getOutcome())
        .isEqualTo("replaces UI-LOGIN as changed in v2 (request was based on v1)");
    assertThat(saved.getAllValues().get(1).getOutcome()).isEqualTo("baseline v3");
  }

  private ChangeDecision lastEntry() {
    ArgumentCaptor<ChangeDecision> saved = ArgumentCaptor.forClass(ChangeDecision.class);
    verify(trail, org.mockito.Mockito.atLeastOnce()).save(saved.capture());
    return saved.getValue();
  }
}
