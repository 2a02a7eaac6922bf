package io.pmoflow.evaluation;

import io.pmoflow.directory.DirectoryUnavailableException;
import io.pmoflow.evaluation.environment.EvaluationEnvironments;
import io.pmoflow.forms.FormInputGuard;
import io.pmoflow.i18n.Text;
import io.pmoflow.process.CaseReceipts;
import io.pmoflow.project.Project;
import io.pmoflow.project.ProjectService;
import io.pmoflow.security.CurrentUser;
import io.pmoflow.security.People;
import io.pmoflow.security.PmoGroups;
import io.pmoflow.web.ApiException;
import io.pmoflow.web.FieldProblem;
import io.pmoflow.web.InvalidInputException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Requests for an evaluation: checked, stored and started all or nothing, whether they come over
 * {@code POST /api/evaluations} or from the Tasklist start form. The PMO may ask for any project; a
 * PM for the projects they manage.
 */
@Service
public class EvaluationRequests {

  private final Evaluations evaluations;
  private final EvaluationEnvironments environments;
  private final ProjectService projects;
  private final People people;
  private final CurrentUser currentUser;
  private final RuntimeService runtime;
  private final CaseReceipts receipts;
  private final EvaluationSettings settings;
  private final Clock clock;

  EvaluationRequests(
      Evaluations evaluations, EvaluationEnvironments environments, ProjectService projects, People people,
      CurrentUser currentUser, RuntimeService runtime, CaseReceipts receipts, EvaluationSettings settings, Clock clock) {
    this.evaluations = evaluations;
    this.environments = environments;
    this.projects = projects;
    this.people = people;
    this.currentUser = currentUser;
    this.runtime = runtime;
    this.receipts = receipts;
    this.settings = settings;
    this.clock = clock;
  }

  /** The API's request: checked, stored, and the process started with the new row's id. */
  @Transactional
  public Evaluation request(NewEvaluation request) {
    currentUser.requireAnyOf(PmoGroups.PMO, PmoGroups.PM);
    long id = store(request, currentUser.id());
    Evaluation evaluation = evaluations.find(id);
    String instanceId = FormInputGuard.asApplication(
        () -> runtime.startProcessInstanceByKey(EvaluationVariables.PROCESS_KEY, evaluation.key(), startVariables(evaluation)))
        .getId();
    evaluations.startedAs(id, instanceId);
    return evaluations.find(id);
  }

  /**
   * The start form's request, already turned into the record: stored for the logged-in requester.
   *
   * @return the variables the instance starts with
   */
  @Transactional
  public Map<String, Object> requestFromForm(NewEvaluation request, String requester, String processInstanceId) {
    long id = store(request, requester);
    evaluations.startedAs(id, processInstanceId);
    return startVariables(evaluations.find(id));
  }

  private long store(NewEvaluation request, String requester) {
    LocalDate today = LocalDate.now(clock);
    List<FieldProblem> problems;
    try {
      problems = new ArrayList<>(
          EvaluationRules.check(request, this::isStaff, environments::inDirectory, environments::dataSet, today, settings.maxDays()));
    } catch (DirectoryUnavailableException e) {
      throw ApiException.unavailable(Text.of("evaluation.refused.directory-unavailable").inRequestLanguage());
    }
    if (request.projectId() != null) {
      Project project = projectOrNull(request.projectId());
      if (project == null) {
        problems.add(FieldProblem.of("projectId", "evaluation.refused.no-such-project", String.valueOf(request.projectId())));
      } else if (!people.isMember(requester, PmoGroups.PMO) && !requester.equals(project.getProjectManager())) {
        problems.add(FieldProblem.of("projectId", "evaluation.refused.not-your-project", project.getCode()));
      }
    }
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
    long id = evaluations.insert(request, requester, clock.instant());
    evaluations.record(id, "request", "requested", requester, clock.instant(), request.question().strip());
    Evaluation evaluation = evaluations.find(id);
    receipts.mail(requester, EvaluationVariables.PROCESS_KEY, evaluation.key(), "evaluation.receipt",
        evaluation.label(), evaluation.key());
    return id;
  }

  private Map<String, Object> startVariables(Evaluation evaluation) {
    return Map.of(
        EvaluationVariables.EVALUATION_ID, evaluation.id(),
        EvaluationVariables.CASE_LABEL, evaluation.label(),
        // ArrayList: the JSON variable names its Java type, and an immutable list's cannot be read back
        EvaluationVariables.CANDIDATE_CODES,
        new ArrayList<>(evaluations.candidates(evaluation.id()).stream().map(Evaluation.Candidate::code).toList()),
        EvaluationVariables.SHEET_IDS, new ArrayList<>(evaluations.sheetIds(evaluation.id())));
  }

  /** Testers are people of the organisation who can log in to Tasklist: no vendor staff. */
  private boolean isStaff(String userId) {
    return PmoGroups.STAFF_ROLES.stream().anyMatch(group -> people.isMember(userId, group));
  }

  private Project projectOrNull(long id) {
    try {
      return projects.find(id);
    } catch (ApiException notFound) {
      return null;
    }
  }

  /** The evaluation as its reader may see it; 403 outside the rule (see docs/tool-evaluation.md). */
  @Transactional(readOnly = true)
  public EvaluationView view(long id) {
    Evaluation evaluation = evaluations.find(id);
    if (!currentUser.isInAny(PmoGroups.PMO, PmoGroups.SECURITY, PmoGroups.INFRASTRUCTURE, PmoGroups.PMO_ADMIN)
        && !evaluations.involves(id, currentUser.id())) {
      throw ApiException.forbidden(Text.of("evaluation.refused.not-yours", evaluation.key()).inRequestLanguage());
    }
    return EvaluationView.of(evaluation, evaluations);
  }
}
