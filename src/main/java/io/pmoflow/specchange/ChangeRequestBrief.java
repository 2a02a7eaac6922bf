package io.pmoflow.specchange;

import io.pmoflow.project.Project;
import io.pmoflow.project.ProjectRepository;
import java.math.BigDecimal;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What a person's form shows, read-only, above their decision: the request in plain words (title,
 * project, who asked, description, the proposed change as a line diff), and for the client's people
 * also the impact figures, the vendor's estimate, the requester's answer and the decision trail so
 * far. A vendor sees the request and the diff only, never the client's figures.
 */
@Service
public class ChangeRequestBrief {

  public static final String REQUEST_TITLE = "requestTitle";
  public static final String REQUEST_PROJECT = "requestProject";
  public static final String REQUESTED_BY = "requestedBy";
  public static final String REQUEST_DESCRIPTION = "requestDescription";
  public static final String PROPOSED_CHANGE = "proposedChange";
  public static final String QUESTION_AND_ANSWER = "questionAndAnswer";
  public static final String VENDOR_ESTIMATE = "vendorEstimate";
  public static final String IMPACT_SUMMARY = "impactSummary";
  public static final String DECISION_TRAIL = "decisionTrail";

  private static final DateTimeFormatter WHEN =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneOffset.UTC);

  private final ChangeRequestRepository requests;
  private final ChangeRequestSectionRepository proposed;
  private final ChangeDecisionRepository trail;
  private final ProjectRepository projects;
  private final SpecService spec;

  ChangeRequestBrief(
      ChangeRequestRepository requests,
      ChangeRequestSectionRepository proposed,
      ChangeDecisionRepository trail,
      ProjectRepository projects,
      SpecService spec) {
    this.requests = requests;
    this.proposed = proposed;
    this.trail = trail;
    this.projects = projects;
    this.spec = spec;
  }

  /** The texts for a form of the client's people (PMO, PM, board, sponsor, requester). */
  @Transactional(readOnly = true)
  public Map<String, Object> forClient(long id) {
    ChangeRequest request = find(id);
    Map<String, Object> brief = forVendor(request);
    brief.put(REQUEST_DESCRIPTION, request.getDescription()
        + (blank(request.getReason()) ? "" : "\n\nWhy: " + request.getReason()));
    brief.put(REQUESTED_BY, request.getRequester() + ", on behalf of " + behalf(request.getRequesterRole()));
    brief.put(QUESTION_AND_ANSWER, questionAndAnswer(request));
    brief.put(VENDOR_ESTIMATE, vendorEstimate(request));
    brief.put(IMPACT_SUMMARY, impact(request));
    brief.put(DECISION_TRAIL, trail(id));
    return brief;
  }

  /** The texts for the vendor's estimate: the request and its diff, none of the client's figures. */
  @Transactional(readOnly = true)
  public Map<String, Object> forVendor(long id) {
    return forVendor(find(id));
  }

  private Map<String, Object> forVendor(ChangeRequest request) {
    Map<String, Object> brief = new LinkedHashMap<>();
    brief.put(REQUEST_TITLE, request.caseLabel());
    brief.put(REQUEST_PROJECT, projects.findById(request.getProjectId()).map(ChangeRequestBrief::project).orElse(""));
    brief.put(REQUEST_DESCRIPTION, request.getDescription());
    brief.put(PROPOSED_CHANGE, diff(request));
    return brief;
  }

  /** Each proposed section against the baseline the request was written on, as a line diff. */
  String diff(ChangeRequest request) {
    SpecHistory history = spec.history(request.getProjectId());
    Map<String, SpecHistory.Content> base = history.at(request.getBaseVersion());
    Map<Long, String> keys = spec.keysById(request.getProjectId());
    List<String> out = new ArrayList<>();
    for (ChangeRequestSection change : proposed.findByChangeRequestIdOrderById(request.getId())) {
      String key = keys.get(change.getSectionId());
      SpecHistory.Content before = base.get(key);
      if (!out.isEmpty()) {
        out.add("");
      }
      out.add(key + " " + change.getNewTitle() + " (against v" + request.getBaseVersion() + "; - removed, + added)");
      out.addAll(LineDiff.of(before == null ? "" : before.body(), change.getNewBody()));
    }
    return String.join("\n", out);
  }

  private String trail(long id) {
    List<String> lines = new ArrayList<>();
    for (ChangeDecision d : trail.findByChangeRequestIdOrderById(id)) {
      lines.add(WHEN.format(d.getDecidedAt()) + "  " + d.getStep() + ": " + d.getOutcome() + " (" + d.getActor() + ")"
          + (blank(d.getComment()) ? "" : " — " + d.getComment())
          // an approver sees why they are asked: the routing table's rules that matched
          + (blank(d.getRule()) ? "" : " — by rule: " + d.getRule()));
    }
    return String.join("\n", lines);
  }

  private static String questionAndAnswer(ChangeRequest request) {
    if (blank(request.getQuestion())) {
      return "The PMO has asked the requester nothing.";
    }
    return "Question: " + request.getQuestion() + "\nAnswer: "
        + (blank(request.getAnswer()) ? "(not answered yet)" : request.getAnswer());
  }

  private static String vendorEstimate(ChangeRequest request) {
    if (request.getVendorCode() == null) {
      return "No vendor is named on this request.";
    }
    if (request.getVendorCost() == null && request.getVendorEffortDays() == null) {
      return "The vendor " + request.getVendorCode() + " has not given an estimate (yet).";
    }
    return request.getVendorCode() + ": " + number(request.getVendorEffortDays()) + " person-days, cost "
        + number(request.getVendorCost());
  }

  private static String impact(ChangeRequest request) {
    if (request.getEffortDays() == null && request.getCost() == null && request.getRisk() == null) {
      return "Not analysed yet.";
    }
    return "Effort " + number(request.getEffortDays()) + " person-days, cost " + number(request.getCost())
        + ", delay " + (request.getDelayDays() == null ? 0 : request.getDelayDays()) + " days, risk "
        + (request.getRisk() == null ? "not given" : request.getRisk()) + ", contract change: "
        + (request.isContractChange() ? "yes" : "no")
        + (blank(request.getDeliverables()) ? "" : "\nAffected: " + request.getDeliverables());
  }

  private static String project(Project p) {
    return p.getCode() + " — " + p.getName();
  }

  private static String behalf(RequesterRole role) {
    return switch (role) {
      case PM -> "the project manager";
      case CLIENT -> "the client";
      case VENDOR -> "the vendor";
    };
  }

  private static String number(BigDecimal value) {
    return value == null ? "—" : value.stripTrailingZeros().toPlainString();
  }

  private static boolean blank(String text) {
    return text == null || text.isBlank();
  }

  private ChangeRequest find(long id) {
    return requests.findById(id).orElseThrow(() -> new IllegalStateException("No change request " + id));
  }
}
