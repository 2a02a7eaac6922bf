package io.pmoflow.specchange;

import static io.pmoflow.specchange.SpecChangeVariables.*;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the steps of {@code spec-change-approval} do to a change request: status, decision trail,
 * impact figures, the new baseline. Called by the process's task listener and delegates.
 */
@Service
public class ChangeRequestSteps {

  /** The routing table's result, reduced to who must approve, and the rules that said so. */
  public record Route(boolean pm, boolean board, boolean sponsor, List<String> rules) {

    boolean automatic() {
      return !pm && !board && !sponsor;
    }

    /** The approvers named by the matched rules of {@code spec-change-routing} (hit policy COLLECT). */
    public static Route from(List<Map<String, Object>> matches) {
      Set<String> approvers = new LinkedHashSet<>();
      List<String> rules = new ArrayList<>();
      for (Map<String, Object> match : matches) {
        approvers.add(text(match.get("approver")));
        rules.add(text(match.get("rule")));
      }
      if (approvers.isEmpty()) {
        throw new IllegalStateException("spec-change-routing matched no rule");
      }
      return new Route(approvers.contains("pm"), approvers.contains("board"), approvers.contains("sponsor"), rules);
    }
  }

  /** The baseline an approval wrote and the manual sections that show a changed screen. */
  public record NewBaseline(int version, List<Long> manualSectionIds) {}

  private static final Map<String, ChangeStatus> STATUS_WHILE_WAITING =
      Map.ofEntries(
          Map.entry("Task_Triage", ChangeStatus.IN_TRIAGE),
          Map.entry("Task_AnswerQuestion", ChangeStatus.WAITING_FOR_REQUESTER),
          Map.entry("Task_ImpactAnalysis", ChangeStatus.IN_ANALYSIS),
          Map.entry("Task_VendorEstimate", ChangeStatus.IN_ANALYSIS),
          Map.entry("Task_PmApproval", ChangeStatus.IN_APPROVAL),
          Map.entry("Task_BoardVote", ChangeStatus.IN_APPROVAL),
          Map.entry("Task_SponsorApproval", ChangeStatus.IN_APPROVAL),
          Map.entry("Task_PmEmergencyApproval", ChangeStatus.IN_APPROVAL));

  private final ChangeRequestRepository requests;
  private final ChangeRequestSectionRepository proposed;
  private final ChangeDecisionRepository trail;
  private final SpecService spec;
  private final SpecSectionRepository sections;
  private final ChangeBoardVoteRepository votes;
  private final Clock clock;

  ChangeRequestSteps(
      ChangeRequestRepository requests,
      ChangeRequestSectionRepository proposed,
      ChangeDecisionRepository trail,
      SpecService spec,
      SpecSectionRepository sections,
      ChangeBoardVoteRepository votes,
      Clock clock) {
    this.requests = requests;
    this.proposed = proposed;
    this.trail = trail;
    this.spec = spec;
    this.sections = sections;
    this.votes = votes;
    this.clock = clock;
  }

  @Transactional
  public void taskCreated(long id, String taskKey) {
    ChangeStatus status = STATUS_WHILE_WAITING.get(taskKey);
    if (status != null) {
      find(id).moveTo(status, clock.instant());
    }
  }

  /** Records what the person decided in the task, with their comment, in the trail. */
  @Transactional
  public void taskCompleted(long id, String taskKey, String taskName, String actor, Map<String, Object> values) {
    ChangeRequest request = find(id);
    String outcome = "done";
    String comment = text(values.get(COMMENT));
    switch (taskKey) {
      case "Task_Triage" -> {
        outcome = text(values.get(TRIAGE_OUTCOME));
        Object type = values.get(CHANGE_TYPE);
        if (type != null) {
          request.classify(ChangeType.valueOf(type.toString().toUpperCase(java.util.Locale.ROOT)));
        }
        if ("incomplete".equals(outcome)) {
          request.ask(text(values.get(QUESTION)));
          comment = text(values.get(QUESTION));
        } else if ("deferred".equals(outcome)) {
          defer(request, values);
        } else if ("complete".equals(outcome)) {
          outcome = "complete, classified " + request.getType().processValue();
        }
      }
      case "Task_AnswerQuestion" -> {
        request.answer(text(values.get(ANSWER)));
        comment = text(values.get(ANSWER));
        outcome = "answered";
      }
      case "Task_ImpactAnalysis" -> {
        request.assessImpact(
            decimal(values.get(EFFORT_DAYS)), decimal(values.get(COST)),
            values.get(DELAY_DAYS) == null ? null : ((Number) values.get(DELAY_DAYS)).intValue(),
            text(values.get(RISK)), text(values.get(DELIVERABLES)), Boolean.TRUE.equals(values.get(CONTRACT_CHANGE)));
        outcome = "cost " + values.get(COST) + ", delay " + values.get(DELAY_DAYS) + " days"
            + (Boolean.TRUE.equals(values.get(CONTRACT_CHANGE)) ? ", contract change" : "");
      }
      case "Task_VendorEstimate" -> {
        request.estimateByVendor(decimal(values.get(VENDOR_EFFORT_DAYS)), decimal(values.get(VENDOR_COST)));
        outcome = "estimated " + values.get(VENDOR_EFFORT_DAYS) + " person-days, cost " + values.get(VENDOR_COST);
      }
      case "Task_PmApproval" -> {
        outcome = text(values.get(PM_DECISION));
        if ("deferred".equals(outcome)) {
          defer(request, values);
        }
      }
      case "Task_BoardVote" -> outcome = "voted " + text(values.get(VOTE));
      case "Task_SponsorApproval" -> outcome = text(values.get(SPONSOR_DECISION));
      case "Task_PmEmergencyApproval" -> outcome = text(values.get(EMERGENCY_DECISION));
      case "Task_EmergencyBoardReview" -> outcome = text(values.get(BOARD_REVIEW));
      case "Task_ContractAmendment" -> outcome = "contract amendment prepared";
      case "Task_ReverifyManual" -> outcome = "screenshots re-taken and steps checked";
      case "Task_ApproveReverification" ->
          outcome = Boolean.TRUE.equals(values.get(REVERIFICATION_ACCEPTED)) ? "accepted" : "sent back";
      default -> { }
    }
    request.moveTo(request.getStatus(), clock.instant());
    trail.save(new ChangeDecision(id, taskName, outcome, actor, clock.instant(), comment, null));
  }

  /** Records who must approve, and by which rules of the routing table. */
  @Transactional
  public void recordRoute(long id, Route route) {
    List<String> rules = route.rules();
    List<String> who = new ArrayList<>();
    if (route.pm()) who.add("project manager");
    if (route.board()) who.add("change board");
    if (route.sponsor()) who.add("sponsor");
    ChangeRequest request = find(id);
    request.route(route.pm(), route.board(), route.sponsor());
    request.moveTo(route.automatic() ? ChangeStatus.IN_APPROVAL : request.getStatus(), clock.instant());
    trail.save(
        new ChangeDecision(
            id, "Routing (spec-change-routing)",
            route.automatic() ? "approved by rule" : "needs approval by " + String.join(", ", who),
            "spec-change-routing", clock.instant(), null, String.join("; ", rules)));
  }

  /** Who must approve, as recorded by the last routing: the gateways ask this, not variables. */
  @Transactional(readOnly = true)
  public Route route(long id) {
    return find(id).route();
  }

  /** Calls the board in: a new voting round with a ballot for each member, none voted yet. */
  @Transactional
  public void openBoardVote(long id, List<String> members, double majority) {
    int round = votes.findByChangeRequestIdOrderByRoundDescIdAsc(id).stream()
        .mapToInt(ChangeBoardVote::getRound).max().orElse(0) + 1;
    members.forEach(member -> votes.save(new ChangeBoardVote(id, round, member, majority)));
  }

  /** Records a member's vote in the current round: once per member, only for members of the round. */
  @Transactional
  public BoardBallot castVote(long id, String voter, String vote) {
    List<ChangeBoardVote> round = currentRound(id);
    BoardBallot after = ballot(round).with(voter, vote);
    round.stream().filter(ballot -> ballot.getVoter().equals(voter)).findFirst().orElseThrow()
        .cast(vote, clock.instant());
    return after;
  }

  /** The current voting round as the ballots have it. */
  @Transactional(readOnly = true)
  public BoardBallot ballot(long id) {
    return ballot(currentRound(id));
  }

  private List<ChangeBoardVote> currentRound(long id) {
    List<ChangeBoardVote> all = votes.findByChangeRequestIdOrderByRoundDescIdAsc(id);
    if (all.isEmpty()) {
      throw new IllegalStateException("Change request " + id + " has no vote of the change board");
    }
    int round = all.get(0).getRound();
    return all.stream().filter(ballot -> ballot.getRound() == round).toList();
  }

  private static BoardBallot ballot(List<ChangeBoardVote> round) {
    Map<String, String> cast = new java.util.LinkedHashMap<>();
    round.stream().filter(ballot -> ballot.getVote() != null).forEach(ballot -> cast.put(ballot.getVoter(), ballot.getVote()));
    return new BoardBallot(round.stream().map(ChangeBoardVote::getVoter).toList(), cast, round.get(0).getMajority());
  }

  /** Writes the new baseline with the proposed sections; returns it and the manual sections to re-verify. */
  @Transactional
  public NewBaseline approve(long id) {
    ChangeRequest request = find(id);
    if (request.getResultingVersion() != null) {
      return new NewBaseline(request.getResultingVersion(), manualSectionsToReverify(request));
    }
    List<ChangeRequestSection> changes = proposed.findByChangeRequestIdOrderById(id);
    noteOverlaps(id, request, changes);
    int version = spec.writeBaseline(request, changes, "spec-change-approval");
    request.resultIn(version);
    request.moveTo(ChangeStatus.APPROVED, clock.instant());
    trail.save(
        new ChangeDecision(id, "Write new specification baseline", "baseline v" + version, "spec-change-approval",
            clock.instant(), null, null));
    return new NewBaseline(version, manualSectionsToReverify(request));
  }

  @Transactional
  public int rollBack(long id) {
    ChangeRequest request = find(id);
    int version = spec.rollBack(request, proposed.findByChangeRequestIdOrderById(id), "spec-change-approval");
    request.moveTo(ChangeStatus.ROLLED_BACK, clock.instant());
    trail.save(
        new ChangeDecision(id, "Roll back the baseline", "baseline v" + version + " restores v"
            + (request.getResultingVersion() - 1), "spec-change-approval", clock.instant(), null, null));
    return version;
  }

  @Transactional
  public void finish(long id, ChangeStatus status, String step) {
    ChangeRequest request = find(id);
    request.moveTo(status, clock.instant());
    trail.save(new ChangeDecision(id, step, status.name().toLowerCase(java.util.Locale.ROOT), "spec-change-approval",
        clock.instant(), null, null));
  }

  /** A trail entry for a step the system took (a mail sent, an escalation). */
  @Transactional
  public void note(long id, String step, String outcome) {
    trail.save(new ChangeDecision(id, step, outcome, "spec-change-approval", clock.instant(), null, null));
  }

  /**
   * Submission refuses a change to a section that a newer baseline changed, but two requests
   * decided in parallel can still overlap: the later approval wins, and the trail says so.
   */
  private void noteOverlaps(long id, ChangeRequest request, List<ChangeRequestSection> changes) {
    Integer current = spec.currentVersion(request.getProjectId());
    if (current == null || current <= request.getBaseVersion()) {
      return;
    }
    SpecHistory history = spec.history(request.getProjectId());
    Map<Long, String> keys = spec.keysById(request.getProjectId());
    for (ChangeRequestSection change : changes) {
      String key = keys.get(change.getSectionId());
      history.lastChanged(key, current)
          .filter(version -> version > request.getBaseVersion())
          .ifPresent(version -> note(id, "Write new specification baseline",
              "replaces " + key + " as changed in v" + version + " (request was based on v" + request.getBaseVersion() + ")"));
    }
  }

  private List<Long> manualSectionsToReverify(ChangeRequest request) {
    Set<Long> uiSections = new LinkedHashSet<>();
    for (ChangeRequestSection change : proposed.findByChangeRequestIdOrderById(request.getId())) {
      sections.findById(change.getSectionId())
          .filter(s -> s.getKind() == SectionKind.UI_SCREEN)
          .ifPresent(s -> uiSections.add(s.getId()));
    }
    return spec.manualSectionsShowing(request.getProjectId(), uiSections).stream().map(ManualSection::getId).toList();
  }

  private void defer(ChangeRequest request, Map<String, Object> values) {
    request.defer(date(values.get(FOLLOW_UP_DATE)));
    request.moveTo(ChangeStatus.DEFERRED, clock.instant());
  }

  ChangeRequest find(long id) {
    return requests.findById(id).orElseThrow(() -> new IllegalStateException("No change request " + id));
  }

  static String text(Object value) {
    return value == null ? null : value.toString();
  }

  static BigDecimal decimal(Object value) {
    return value == null ? null : new BigDecimal(value.toString());
  }

  static LocalDate date(Object value) {
    if (value == null) {
      return null;
    }
    if (value instanceof java.util.Date date) {
      return date.toInstant().atZone(java.time.ZoneOffset.UTC).toLocalDate();
    }
    String text = value.toString();
    return LocalDate.parse(text.length() > 10 ? text.substring(0, 10) : text);
  }
}
