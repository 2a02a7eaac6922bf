package io.pmoflow.evaluation;

import io.pmoflow.evaluation.environment.EvaluationEnvironments;
import io.pmoflow.evaluation.environment.EvaluationEnvironments.DataSet;
import io.pmoflow.forms.FormInputRefused;
import io.pmoflow.i18n.Text;
import io.pmoflow.project.ProjectService;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The delegated infrastructure authority: the facts the decision table {@code environment-approval}
 * reads, the route it chose (recorded on the evaluation; inside the PMO's authority that is the
 * approval, its rule the reason), and the approvers' decisions with their reasons. The route an
 * approver's task leads to comes from what is recorded here, never from a variable sent with a task.
 */
@Service
public class EvaluationApprovals {

  public static final String AUTO = "AUTO";
  public static final String INFRASTRUCTURE_AND_PM = "INFRASTRUCTURE_AND_PM";
  static final String AUTHORITY = "pmo-flow (delegated authority)";

  /** What an approver's decision means for the next gateways. */
  public record Outcome(boolean rejected, boolean pmApprovalNeeded) {}

  private final Evaluations evaluations;
  private final EvaluationEnvironments environments;
  private final ProjectService projects;
  private final Clock clock;

  EvaluationApprovals(Evaluations evaluations, EvaluationEnvironments environments, ProjectService projects, Clock clock) {
    this.evaluations = evaluations;
    this.environments = environments;
    this.projects = projects;
    this.clock = clock;
  }

  /** The facts for the decision table, for the environments living until {@code until}. */
  @Transactional(readOnly = true)
  public Map<String, Object> facts(long id) {
    Evaluation evaluation = evaluations.find(id);
    LocalDate until = evaluation.extensionUntil() != null ? evaluation.extensionUntil() : evaluation.environmentsUntil();
    DataSet dataSet = dataSet(evaluation);
    int days = (int) ChronoUnit.DAYS.between(evaluation.requestedAt().atZone(clock.getZone()).toLocalDate(), until);
    BigDecimal monthly = evaluations.candidates(id).stream().map(Evaluation.Candidate::monthlyCost).reduce(BigDecimal.ZERO, BigDecimal::add);
    Map<String, Object> facts = new LinkedHashMap<>();
    facts.put(EvaluationVariables.PERSONAL_DATA, dataSet.personalData());
    facts.put(EvaluationVariables.PRODUCTION_COPY, dataSet.productionCopy());
    facts.put(EvaluationVariables.DAYS, days);
    facts.put(EvaluationVariables.ROWS, dataSet.rows());
    facts.put(EvaluationVariables.TRIAL_COST, monthly.multiply(BigDecimal.valueOf(days)).divide(BigDecimal.valueOf(30), 0, RoundingMode.HALF_UP).doubleValue());
    return facts;
  }

  /**
   * Records the route the decision table chose for the request, or for the extension the PM asked
   * for while one is pending.
   *
   * @return whether it lies inside the PMO's authority, and so is approved by the rule
   */
  @Transactional
  public boolean route(long id, String route, String rule) {
    boolean extension = evaluations.find(id).extensionUntil() != null;
    boolean inside = AUTO.equals(route);
    if (!extension) {
      evaluations.route(id, route, rule);
    }
    evaluations.record(id, extension ? "extension-route" : "route", route, AUTHORITY, clock.instant(), rule);
    if (inside) {
      approved(id, extension, AUTHORITY, rule);
    }
    return inside;
  }

  /**
   * The infrastructure owner's decision on the request, or on the extension while one is pending;
   * four eyes: never on a request of their own.
   */
  @Transactional
  public Outcome decideAsInfrastructure(long id, boolean approved, String reason, String actor) {
    Evaluation evaluation = evaluations.find(id);
    boolean extension = evaluation.extensionUntil() != null;
    refuseOwn(evaluation, actor);
    requireReason(approved, reason);
    evaluations.record(id, extension ? "extension-infrastructure" : "infrastructure", approved ? "approved" : "rejected", actor,
        clock.instant(), reasonOrApproved(reason));
    boolean pmToo = !extension && INFRASTRUCTURE_AND_PM.equals(evaluation.approvalRoute());
    if (!approved) {
      if (extension) {
        evaluations.extensionRequested(id, null);
      } else {
        evaluations.status(id, EvaluationStatus.REJECTED);
      }
    } else if (!pmToo) {
      approved(id, extension, actor, reason);
    }
    return new Outcome(!approved, approved && pmToo);
  }

  /** The project manager's decision on a request with personal data, after the infrastructure owner. */
  @Transactional
  public Outcome decideAsPm(long id, boolean approved, String reason, String actor) {
    requireReason(approved, reason);
    evaluations.record(id, "pm", approved ? "approved" : "rejected", actor, clock.instant(), reasonOrApproved(reason));
    if (approved) {
      approved(id, false, actor, reason);
    } else {
      evaluations.status(id, EvaluationStatus.REJECTED);
    }
    return new Outcome(!approved, false);
  }

  /** The project's PM as the project table has it now. */
  @Transactional(readOnly = true)
  public String projectManager(long id) {
    return projects.find(evaluations.find(id).projectId()).getProjectManager();
  }

  /** What an approver's form shows of the request, in {@code language}. */
  @Transactional(readOnly = true)
  public String shown(long id, Locale language) {
    Evaluation evaluation = evaluations.find(id);
    DataSet dataSet = dataSet(evaluation);
    String candidates = evaluations.candidates(id).stream()
        .map(c -> Text.of("evaluation.text.candidate", c.name(), c.code(), c.monthlyCost().toPlainString()).in(language))
        .collect(Collectors.joining("\n"));
    LocalDate until = evaluation.extensionUntil() != null ? evaluation.extensionUntil() : evaluation.environmentsUntil();
    return Text.of("evaluation.text.request", evaluation.question(), evaluation.requestedBy(), candidates,
            dataSet.name(), dataSet.code(), String.valueOf(dataSet.rows()),
            Text.of(dataSet.personalData() ? "evaluation.text.personal-data" : "evaluation.text.no-personal-data"),
            Text.of(dataSet.productionCopy() ? "evaluation.text.production-copy" : "evaluation.text.no-production-copy"),
            String.valueOf(until), String.join(", ", evaluations.testers(id)))
        .in(language);
  }

  private void approved(long id, boolean extension, String actor, String reason) {
    if (extension) {
      Evaluation evaluation = evaluations.find(id);
      evaluations.until(id, evaluation.extensionUntil());
      evaluations.extensionRequested(id, null);
      evaluations.record(id, "extension", "extended to " + evaluation.extensionUntil(), actor, clock.instant(), reasonOrApproved(reason));
    } else {
      evaluations.status(id, EvaluationStatus.PROVISIONING);
    }
  }

  private void refuseOwn(Evaluation evaluation, String actor) {
    if (evaluation.requestedBy().equals(actor)) {
      throw new FormInputRefused(Text.of("evaluation.refused.own-request", evaluation.key()).inRequestLanguage());
    }
  }

  private static void requireReason(boolean approved, String reason) {
    if (!approved && (reason == null || reason.isBlank())) {
      throw new FormInputRefused(Text.of("evaluation.refused.reason-needed").inRequestLanguage());
    }
  }

  private static String reasonOrApproved(String reason) {
    return reason == null || reason.isBlank() ? "approved" : reason.strip();
  }

  private DataSet dataSet(Evaluation evaluation) {
    return environments.dataSet(evaluation.dataSetCode())
        .orElseThrow(() -> new IllegalStateException("Data set " + evaluation.dataSetCode() + " is no longer offered"));
  }
}
