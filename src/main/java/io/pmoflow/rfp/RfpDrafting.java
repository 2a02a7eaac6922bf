package io.pmoflow.rfp;

import io.pmoflow.forms.FormTexts;
import io.pmoflow.i18n.Text;
import io.pmoflow.forms.FormTime;
import java.util.function.Function;
import io.pmoflow.document.DocumentStore;
import io.pmoflow.document.DocumentVersion;
import io.pmoflow.forms.FormInputRefused;
import io.pmoflow.project.DictionaryTermRepository;
import io.pmoflow.project.Project;
import io.pmoflow.project.ProjectService;
import io.pmoflow.web.ApiException;
import io.pmoflow.web.FieldProblem;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Drafting an RFP, the steps of rfp-preparation up to the reviews: begin it from Tasklist's start
 * form, show and save the PMO's draft, render its document; and who works on it (the project's PM,
 * the draft's evaluators), read from the tables each time.
 */
@Service
public class RfpDrafting {

  private final RfpRepository rfps;
  private final RfpHistory history;
  private final ProjectService projects;
  private final DictionaryTermRepository dictionary;
  private final DocumentStore documents;
  private final RfpService service;
  private final Clock clock;

  private final FormTime time;

  RfpDrafting(
      RfpRepository rfps,
      RfpHistory history,
      ProjectService projects,
      DictionaryTermRepository dictionary,
      DocumentStore documents,
      RfpService service,
      Clock clock,
      FormTime time) {
    this.time = time;
    this.rfps = rfps;
    this.history = history;
    this.projects = projects;
    this.dictionary = dictionary;
    this.documents = documents;
    this.service = service;
    this.clock = clock;
  }

  /** The key an RFP begun from Tasklist's start form gets as its instance's business key. */
  public static String caseKey(Map<String, Object> startVariables) {
    return "RFP-" + startVariables.get(RfpVariables.RFP_ID);
  }

  /**
   * An RFP begun from Tasklist's start form: a title and a project, the rest is drafted later. An
   * unknown project is refused naming the field, as the form labels it.
   */
  @Transactional
  public Map<String, Object> begin(long projectId, String title, String by, String processInstanceId) {
    Project project;
    try {
      project = projects.find(projectId);
    } catch (ApiException notFound) {
      throw new FormInputRefused(
          Text.of("rfp.refused.no-such-project", FormTexts.label("Project number"), String.valueOf(projectId)).inRequestLanguage());
    }
    Rfp rfp = service.newDraft(project, title, by);
    rfp.startedAs(processInstanceId);
    service.tellRequester(rfp, by);
    return service.startVariables(rfp);
  }

  /** What the drafting form shows: the RFP as last saved, with the reviewers' comments. */
  @Transactional(readOnly = true)
  public Map<String, Object> draftForm(long rfpId) {
    Rfp rfp = rfps.require(rfpId);
    return RfpDraftForm.show(rfp, projects.find(rfp.getProjectId()), time);
  }

  /**
   * Saves the PMO's draft if it is complete; otherwise throws with every reason, and the drafting
   * task stays open. Returns the variables the reviews need.
   *
   * @param fields the drafting form's fields as submitted
   */
  @Transactional
  public Map<String, Object> completeDraft(long rfpId, Function<String, Object> fields, String by) {
    RfpDraft edited = RfpDraftForm.read(fields, time);
    Rfp rfp = rfps.require(rfpId);
    RfpDraft draft =
        new RfpDraft(
            rfp.getProjectId(), edited.title(), edited.background(), edited.scope(), edited.requirements(),
            edited.deliverables(), edited.milestones(), edited.criteria(), edited.vendors(),
            edited.evaluators(), edited.personalData(), edited.productionAccess());
    List<FieldProblem> problems = RfpRules.check(draft, service.evaluatorsAmong(draft));
    if (!problems.isEmpty()) {
      throw new FormInputRefused(RfpRules.describe(problems));
    }
    rfp.apply(draft);
    rfp.status(RfpStatus.IN_REVIEW);
    history.record(rfpId, by, "Draft completed", null);
    Map<String, Object> variables = new HashMap<>();
    variables.put(RfpVariables.CASE_LABEL, rfp.caseLabel());
    variables.put(RfpVariables.BUDGET, projects.find(rfp.getProjectId()).getBudget().doubleValue());
    variables.put(RfpVariables.PERSONAL_DATA, rfp.isPersonalData());
    variables.put(RfpVariables.PRODUCTION_ACCESS, rfp.isProductionAccess());
    variables.put(RfpVariables.EVALUATORS, new ArrayList<>(rfp.getEvaluators()));
    variables.put(RfpVariables.QUESTION_DEADLINE, rfp.getQuestionDeadline().toString());
    variables.put(RfpVariables.PROPOSAL_DEADLINE, rfp.getProposalDeadline().toString());
    return variables;
  }

  /** Renders the RFP with the project's dictionary as the next version of its document. */
  @Transactional
  public DocumentVersion generateDocument(long rfpId) {
    Rfp rfp = rfps.require(rfpId);
    Project project = projects.find(rfp.getProjectId());
    int next = documents.latest(rfp.documentKey()).map(DocumentVersion::getVersion).orElse(0) + 1;
    Map<String, Object> model =
        RfpDocument.model(rfp, project, dictionary.findByProjectIdOrderByTermKey(project.getId()), next, clock.instant());
    DocumentVersion version =
        documents.generate(rfp.documentKey(), "RFP " + rfp.getTitle(), RfpDocument.TEMPLATE, model,
            project.language(), RfpHistory.SYSTEM);
    history.record(rfpId, null, "Document generated", "version " + version.getVersion());
    return version;
  }

  /** The project manager of the RFP's project, as the project table has it now. */
  @Transactional(readOnly = true)
  public String projectManager(long rfpId) {
    return projects.find(rfps.require(rfpId).getProjectId()).getProjectManager();
  }

  /** The evaluators of the saved draft, one score sheet each. */
  @Transactional(readOnly = true)
  public List<String> evaluators(long rfpId) {
    List<String> evaluators = new ArrayList<>(rfps.require(rfpId).getEvaluators());
    if (evaluators.isEmpty()) {
      throw new IllegalStateException("RFP " + rfpId + " names no evaluators");
    }
    return evaluators;
  }
}
