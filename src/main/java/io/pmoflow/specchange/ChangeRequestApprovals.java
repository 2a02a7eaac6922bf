package io.pmoflow.specchange;

import io.pmoflow.process.RuleTexts;
import io.pmoflow.i18n.Text;
import io.pmoflow.forms.FormInputRefused;
import io.pmoflow.project.ProjectService;
import io.pmoflow.security.People;
import io.pmoflow.security.PmoGroups;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.identity.User;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who must approve a change request and what they decided: the routing table's result, the
 * project manager's decision, the change board's ballots. The ballots and the recorded route, not
 * process variables, say who votes and which approvals are needed: an approver could send a
 * variable with their decision.
 */
@Service
public class ChangeRequestApprovals {

  /** The rule added to the table's when the project manager asked for the change (its Japanese: {@link RuleTexts}). */
  public static final String FOUR_EYES_RULE = "four eyes: the project manager asked for it, the sponsor approves instead";

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
        approvers.add(ChangeRequestProgress.text(match.get("approver")));
        rules.add(ChangeRequestProgress.text(match.get("rule")));
      }
      if (approvers.isEmpty()) {
        throw new IllegalStateException("spec-change-routing matched no rule");
      }
      return new Route(approvers.contains("pm"), approvers.contains("board"), approvers.contains("sponsor"), rules);
    }
  }

  private final ChangeRequestProgress progress;
  private final ChangeBoardVoteRepository votes;
  private final People people;
  private final ProjectService projects;
  private final SpecChangeSettings settings;

  ChangeRequestApprovals(
      ChangeRequestProgress progress,
      ChangeBoardVoteRepository votes,
      People people,
      ProjectService projects,
      SpecChangeSettings settings) {
    this.progress = progress;
    this.votes = votes;
    this.people = people;
    this.projects = projects;
    this.settings = settings;
  }

  /**
   * Records who must approve, by which rules of the routing table (its matches, hit policy
   * COLLECT), and calls the board in when it must vote: a ballot for each member, none cast yet.
   */
  @Transactional
  public Route recordRoute(long id, List<Map<String, Object>> matches) {
    Route route = Route.from(matches == null ? List.of() : matches);
    ChangeRequest request = progress.find(id);
    if (route.pm() && projectManagerOf(request).equals(request.getRequester())) {
      // four eyes: the project manager asked for it, so the sponsor approves in their place
      List<String> rules = new ArrayList<>(route.rules());
      rules.add(FOUR_EYES_RULE);
      route = new Route(false, route.board(), true, rules);
    }
    List<String> who = new ArrayList<>();
    if (route.pm()) who.add("project manager");
    if (route.board()) who.add("change board");
    if (route.sponsor()) who.add("sponsor");
    request.route(route.pm(), route.board(), route.sponsor());
    progress.moveTo(request, route.automatic() ? ChangeStatus.IN_APPROVAL : request.getStatus());
    progress.system(
        id, "Routing (spec-change-routing)",
        route.automatic() ? "approved by rule" : "needs approval by " + String.join(", ", who),
        "spec-change-routing", String.join(RuleTexts.SEPARATOR, route.rules()));
    if (route.board()) {
      openBoardVote(id);
    }
    return route;
  }

  /** Who must approve, as recorded by the last routing: the gateways ask this, not variables. */
  @Transactional(readOnly = true)
  public Route route(long id) {
    return progress.find(id).route();
  }

  /**
   * The project manager of the request's project, as the project table has it now. Four eyes: when
   * the project manager asked for the change, a sponsor decides in their place (the first member of
   * {@code sponsor} by user id; normal changes are routed to the sponsor group instead, see
   * {@link #recordRoute}).
   */
  @Transactional(readOnly = true)
  public String projectManager(long id) {
    ChangeRequest request = progress.find(id);
    String pm = projectManagerOf(request);
    if (!pm.equals(request.getRequester())) {
      return pm;
    }
    return people.membersOf(PmoGroups.SPONSOR).stream().map(User::getId).sorted().findFirst()
        .orElseThrow(() -> new IllegalStateException(
            "The project manager asked for " + request.key() + " and there is no sponsor to approve it"));
  }

  private String projectManagerOf(ChangeRequest request) {
    return projects.find(request.getProjectId()).getProjectManager();
  }

  /** Records the project manager's decision; a deferred request waits for its follow-up date. */
  @Transactional
  public void pmDecided(long id, TaskDecision decision, String outcome, Object followUpDate) {
    ChangeRequest request = progress.find(id);
    if ("deferred".equals(outcome)) {
      progress.defer(request, followUpDate);
    }
    progress.record(request, decision, outcome, decision.comment());
  }

  /**
   * Records a member's vote in the current round: only by the member the vote task is for, once
   * per member; returns the round's ballot after the vote.
   */
  @Transactional
  public BoardBallot vote(long id, TaskDecision decision, String member, String vote) {
    if (!decision.actor().equals(member)) {
      throw new FormInputRefused(Text.of("specchange.refused.other-voter", member, decision.actor()).inRequestLanguage());
    }
    List<ChangeBoardVote> round = currentRound(id);
    BoardBallot after = ballot(round).with(member, vote);
    round.stream().filter(ballot -> ballot.getVoter().equals(member)).findFirst().orElseThrow()
        .cast(vote, progress.now());
    progress.record(progress.find(id), decision, "voted " + vote, decision.comment());
    return after;
  }

  /** The current voting round as the ballots have it. */
  @Transactional(readOnly = true)
  public BoardBallot ballot(long id) {
    return ballot(currentRound(id));
  }

  private void openBoardVote(long id) {
    List<String> members = people.membersOf(PmoGroups.CHANGE_BOARD).stream().map(User::getId).toList();
    if (members.isEmpty()) {
      throw new IllegalStateException("The change board (group change-board) has no members");
    }
    int round = votes.findByChangeRequestIdOrderByRoundDescIdAsc(id).stream()
        .mapToInt(ChangeBoardVote::getRound).max().orElse(0) + 1;
    members.forEach(member -> votes.save(new ChangeBoardVote(id, round, member, settings.boardMajority())));
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
    Map<String, String> cast = new LinkedHashMap<>();
    round.stream().filter(ballot -> ballot.getVote() != null).forEach(ballot -> cast.put(ballot.getVoter(), ballot.getVote()));
    return new BoardBallot(round.stream().map(ChangeBoardVote::getVoter).toList(), cast, round.get(0).getMajority());
  }
}
