package io.pmoflow.specchange;

import io.pmoflow.process.CaseTexts;
import io.pmoflow.process.RuleTexts;
import io.pmoflow.forms.FormTime;
import io.pmoflow.forms.ShownTexts;
import io.pmoflow.i18n.DateTexts;
import io.pmoflow.i18n.Text;
import java.util.Locale;
import io.pmoflow.project.Project;
import io.pmoflow.project.ProjectRepository;
import java.math.BigDecimal;
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
 * far, with the type, the impact figures and the project's id as the forms' fields hold them (shown
 * read-only to the approvers, the starting values of the triage and the impact analysis). A vendor
 * sees the request and the diff only, never the client's figures.
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

  private final ChangeRequestRepository requests;
  private final ChangeRequestSectionRepository proposed;
  private final ChangeDecisionRepository trail;
  private final ProjectRepository projects;
  private final SpecService spec;
  private final FormTime time;

  ChangeRequestBrief(
      ChangeRequestRepository requests,
      ChangeRequestSectionRepository proposed,
      ChangeDecisionRepository trail,
      ProjectRepository projects,
      SpecService spec,
      FormTime time) {
    this.time = time;
    this.requests = requests;
    this.proposed = proposed;
    this.trail = trail;
    this.projects = projects;
    this.spec = spec;
  }

  /**
   * The texts for a form of the client's people (PMO, PM, board, sponsor, requester), each written in
   * English and Japanese ({@link ShownTexts}).
   */
  @Transactional(readOnly = true)
  public Map<String, Object> forClient(long id) {
    ChangeRequest request = find(id);
    Map<String, Object> brief = forVendor(request);
    List<ChangeDecision> decisions = trail.findByChangeRequestIdOrderById(id);
    ShownTexts.put(brief, REQUEST_DESCRIPTION, language -> request.getDescription()
        + (blank(request.getReason()) ? "" : "\n\n" + Text.of("specchange.text.why", request.getReason()).in(language)));
    ShownTexts.put(brief, REQUESTED_BY, language -> Text.of("specchange.text.requested-by", request.getRequester(),
        Text.of("specchange.text.behalf." + request.getRequesterRole().name())).in(language));
    ShownTexts.put(brief, QUESTION_AND_ANSWER, language -> questionAndAnswer(request).in(language));
    ShownTexts.put(brief, VENDOR_ESTIMATE, language -> vendorEstimate(request).in(language));
    ShownTexts.put(brief, IMPACT_SUMMARY, language -> impact(request, language));
    ShownTexts.put(brief, DECISION_TRAIL, language -> trail(decisions, language));
    // the fields of the client's forms that hold the request's values, and the link to the project's page
    brief.put(SpecChangeVariables.PROJECT_ID, request.getProjectId());
    RoutingFacts facts = RoutingFacts.of(request);
    brief.put(SpecChangeVariables.CHANGE_TYPE, facts.changeType());
    brief.put(SpecChangeVariables.COST, facts.cost());
    brief.put(SpecChangeVariables.DELAY_DAYS, facts.delayDays());
    brief.put(SpecChangeVariables.CONTRACT_CHANGE, facts.contractChange());
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
    List<String> diff = diff(request);
    ShownTexts.put(brief, PROPOSED_CHANGE, language -> String.join("\n", diff)
        .replace(AGAINST, Text.of("specchange.text.against", String.valueOf(request.getBaseVersion())).in(language)));
    return brief;
  }

  /** Stands for the diff's "against which version" note until the reader's language is known. */
  private static final String AGAINST = "\u0000against\u0000";

  /** Each proposed section against the baseline the request was written on, as a line diff. */
  List<String> diff(ChangeRequest request) {
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
      out.add(key + " " + change.getNewTitle() + " " + AGAINST);
      out.addAll(LineDiff.of(before == null ? "" : before.body(), change.getNewBody()));
    }
    return out;
  }

  private String trail(List<ChangeDecision> decisions, Locale language) {
    List<String> lines = new ArrayList<>();
    for (ChangeDecision d : decisions) {
      lines.add(Text.of("specchange.text.trail-entry", DateTexts.dateTime(d.getDecidedAt(), language, time.zone()),
              CaseTexts.in(language, d.getStep()), CaseTexts.in(language, d.getOutcome()), d.getActor()).in(language)
          + (blank(d.getComment()) ? "" : " — " + d.getComment())
          // an approver sees why they are asked: the routing table's rules that matched
          + (blank(d.getRule()) ? "" : " — " + Text.of("specchange.brief.by-rule", RuleTexts.in(language, d.getRule())).in(language)));
    }
    return String.join("\n", lines);
  }

  private static Text questionAndAnswer(ChangeRequest request) {
    if (blank(request.getQuestion())) {
      return Text.of("specchange.text.no-question");
    }
    return Text.of("specchange.text.question-and-answer", request.getQuestion(),
        blank(request.getAnswer()) ? Text.of("specchange.text.not-answered") : request.getAnswer());
  }

  private static Text vendorEstimate(ChangeRequest request) {
    if (request.getVendorCode() == null) {
      return Text.of("specchange.text.no-vendor");
    }
    if (request.getVendorCost() == null && request.getVendorEffortDays() == null) {
      return Text.of("specchange.text.no-estimate", request.getVendorCode());
    }
    return Text.of("specchange.text.estimate", request.getVendorCode(), number(request.getVendorEffortDays()),
        number(request.getVendorCost()));
  }

  private static String impact(ChangeRequest request, Locale language) {
    if (request.getEffortDays() == null && request.getCost() == null && request.getRisk() == null) {
      return Text.of("specchange.text.not-analysed").in(language);
    }
    return Text.of("specchange.text.impact", number(request.getEffortDays()), number(request.getCost()),
            String.valueOf(request.getDelayDays() == null ? 0 : request.getDelayDays()),
            risk(request.getRisk()),
            Text.of(request.isContractChange() ? "text.yes" : "text.no"))
        .in(language)
        + (blank(request.getDeliverables()) ? "" : "\n" + Text.of("specchange.text.affected", request.getDeliverables()).in(language));
  }

  /** The risk as the impact form's choices name it, in the reader's language; anything else as stored. */
  private static Object risk(String risk) {
    if (risk == null) {
      return Text.of("specchange.text.risk-not-given");
    }
    String choice = risk.toLowerCase(Locale.ROOT);
    return List.of("low", "medium", "high").contains(choice) ? Text.of("specchange.risk." + choice) : risk;
  }

  private static String project(Project p) {
    return p.getCode() + " — " + p.getName();
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
