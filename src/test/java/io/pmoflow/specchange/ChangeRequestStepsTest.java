package io.pmoflow.specchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import io.pmoflow.forms.FormInputRefused;
import io.pmoflow.project.ProjectService;
import io.pmoflow.security.People;
import io.pmoflow.security.PmoGroups;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

/**
 * What the process's steps write to a change request: status, figures, trail, ballots, baseline
 * ({@link ChangeRequestProgress}, {@link ChangeRequestAnalysis}, {@link ChangeRequestApprovals},
 * {@link ChangeRequestBaselines}).
 */
class ChangeRequestStepsTest {

  ChangeRequestRepository requests = mock(ChangeRequestRepository.class);
  ChangeRequestSectionRepository proposed = mock(ChangeRequestSectionRepository.class);
  ChangeDecisionRepository trail = mock(ChangeDecisionRepository.class);
  SpecService spec = mock(SpecService.class);
  SpecSectionRepository sections = mock(SpecSectionRepository.class);
  Clock clock = Clock.fixed(Instant.parse("2027-03-01T10:00:00Z"), ZoneOffset.UTC);
  ChangeBoardVoteRepository votes = mock(ChangeBoardVoteRepository.class);
  People people = mock(People.class);
  ChangeRequestProgress progress = new ChangeRequestProgress(requests, trail, mock(ChangeRequestBrief.class), clock);
  ChangeRequestAnalysis analysis = new ChangeRequestAnalysis(progress);
  ChangeRequestApprovals approvals =
      new ChangeRequestApprovals(progress, votes, people, mock(ProjectService.class), new SpecChangeSettings("P2D", "P5D", 0.5));
  ChangeRequestBaselines baselines = new ChangeRequestBaselines(progress, proposed, spec, sections);
  ChangeRequest request =
      new ChangeRequest(7L, "Login code", "Add a code", "audit", "peter", RequesterRole.CLIENT, "acme",
          ChangeType.NORMAL, 1, clock.instant());

  @BeforeEach
  void setUp() {
    when(requests.findById(42L)).thenReturn(Optional.of(request));
  }

  @Test
  void waitingTasksSetTheStatus() {
    progress.waitAt(42L, ChangeStatus.IN_ANALYSIS);
    assertThat(request.getStatus()).isEqualTo(ChangeStatus.IN_ANALYSIS);
    progress.waitAt(42L, ChangeStatus.IN_APPROVAL);
    assertThat(request.getStatus()).isEqualTo(ChangeStatus.IN_APPROVAL);
  }

  @Test
  void triageClassifiesAsksAndDefers() {
    TaskDecision paula = new TaskDecision("Triage", "paula", null);
    analysis.triaged(42L, paula, "complete", "emergency", null, null);
    assertThat(request.getType()).isEqualTo(ChangeType.EMERGENCY);
    assertThat(lastEntry().getOutcome()).isEqualTo("complete, classified emergency");

    analysis.triaged(42L, paula, "incomplete", "emergency", "Which users?", null);
    assertThat(request.getQuestion()).isEqualTo("Which users?");

    analysis.triaged(42L, new TaskDecision("Triage", "paula", "after go-live"), "deferred", "emergency", null, "2027-06-01T00:00:00");
    assertThat(request.getStatus()).isEqualTo(ChangeStatus.DEFERRED);
    assertThat(request.getFollowUpDate()).isEqualTo(LocalDate.of(2027, 6, 1));
    assertThat(lastEntry().getComment()).isEqualTo("after go-live");
    assertThat(lastEntry().getActor()).isEqualTo("paula");
  }

  @Test
  void impactFiguresArriveAsWhateverNumbersTasklistSends() {
    ChangeRequestAnalysis.Impact impact = new ChangeRequestAnalysis.Impact(2.5, 12000L, 3, "high", null, true);
    analysis.impactAssessed(42L, new TaskDecision("Analyse", "paula", null), impact);
    assertThat(request.getEffortDays()).isEqualByComparingTo("2.5");
    assertThat(request.getCost()).isEqualByComparingTo(new BigDecimal("12000"));
    assertThat(request.getDelayDays()).isEqualTo(3);
    assertThat(request.isContractChange()).isTrue();
    assertThat(lastEntry().getOutcome()).isEqualTo("cost 12000, delay 3 days, contract change");
    assertThat(RoutingFacts.of(request)).isEqualTo(new RoutingFacts(request.getType().processValue(), 12000.0, 3.0, true));
    assertThat(RoutingFacts.of(request).changesContractOrPlan()).isTrue();

    analysis.vendorEstimated(42L, new TaskDecision("Estimate", "victor", null), 4, 900.5);
    assertThat(request.getVendorCost()).isEqualByComparingTo("900.5");
  }

  @Test
  void routingIsRecordedWithItsRules() {
    List<User> board = List.of(user("carla"), user("colin"));
    when(people.membersOf(PmoGroups.CHANGE_BOARD)).thenReturn(board);
    ChangeRequestApprovals.Route route =
        approvals.recordRoute(42L, List.of(
            Map.of("approver", "board", "rule", "R3 cost"), Map.of("approver", "sponsor", "rule", "R6 cost")));
    assertThat(route).isEqualTo(new ChangeRequestApprovals.Route(false, true, true, List.of("R3 cost", "R6 cost")));
    ChangeDecision entry = lastEntry();
    assertThat(entry.getOutcome()).isEqualTo("needs approval by change board, sponsor");
    assertThat(entry.getRule()).isEqualTo("R3 cost; R6 cost");
    verify(votes, org.mockito.Mockito.times(2)).save(any());
  }

  @Test
  void oneMemberCannotCastAnothersVote() {
    assertThatThrownBy(() -> approvals.vote(42L, new TaskDecision("Vote", "colin", null), "carla", "approve"))
        .isInstanceOf(FormInputRefused.class)
        .hasMessage("Only carla may cast this vote, not colin");
    verify(trail, org.mockito.Mockito.never()).save(any());
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

    ChangeRequestBaselines.NewBaseline baseline = baselines.approve(42L);
    assertThat(baseline.version()).isEqualTo(3);
    assertThat(baseline.manualSectionIds()).containsExactly(9L);
    assertThat(request.getStatus()).isEqualTo(ChangeStatus.APPROVED);

    // a retried job finds the version it wrote and writes nothing again
    assertThat(baselines.approve(42L).version()).isEqualTo(3);
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

    baselines.approve(42L);

    ArgumentCaptor<ChangeDecision> saved = ArgumentCaptor.forClass(ChangeDecision.class);
    verify(trail, org.mockito.Mockito.times(2)).save(saved.capture());
    assertThat(saved.getAllValues().get(0).getOutcome())
        .isEqualTo("replaces UI-LOGIN as changed in v2 (request was based on v1)");
    assertThat(saved.getAllValues().get(1).getOutcome()).isEqualTo("baseline v3");
  }

  private static User user(String id) {
    User user = mock(User.class);
    when(user.getId()).thenReturn(id);
    return user;
  }

  private ChangeDecision lastEntry() {
    ArgumentCaptor<ChangeDecision> saved = ArgumentCaptor.forClass(ChangeDecision.class);
    verify(trail, org.mockito.Mockito.atLeastOnce()).save(saved.capture());
    return saved.getValue();
  }
}
