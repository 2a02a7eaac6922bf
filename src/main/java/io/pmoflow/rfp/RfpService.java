package io.pmoflow.rfp;

import io.pmoflow.i18n.Text;
import io.pmoflow.document.DocumentStore;
import io.pmoflow.document.DocumentVersion;
import io.pmoflow.forms.FormInputGuard;
import io.pmoflow.process.CaseReceipts;
import io.pmoflow.project.Project;
import io.pmoflow.project.ProjectService;
import io.pmoflow.rfp.RfpParts.Vendor;
import io.pmoflow.rfp.RfpParts.VendorStatus;
import io.pmoflow.security.AsSystem;
import io.pmoflow.security.CurrentUser;
import io.pmoflow.security.People;
import io.pmoflow.security.PmoGroups;
import io.pmoflow.web.ApiException;
import io.pmoflow.web.FieldProblem;
import io.pmoflow.web.InvalidInputException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What people do with RFPs over the API: the PMO starts one, vendors ask and say whether they bid (proposals: {@link RfpProposals}). */
@Service
public class RfpService {

  private final RfpRepository rfps;
  private final RfpQuestionRepository questions;
  private final TenderGate gate;
  private final RfpHistory history;
  private final ProjectService projects;
  private final DocumentStore documents;
  private final People people;
  private final CurrentUser currentUser;
  private final AsSystem asSystem;
  private final RuntimeService runtime;
  private final HistoryService engineHistory;
  private final RfpVisibility visibility;
  private final Clock clock;
  private final CaseReceipts receipts;

  RfpService(
      RfpRepository rfps,
      RfpQuestionRepository questions,
      TenderGate gate,
      RfpHistory history,
      ProjectService projects,
      DocumentStore documents,
      People people,
      CurrentUser currentUser,
      AsSystem asSystem,
      RuntimeService runtime,
      HistoryService engineHistory,
      RfpVisibility visibility,
      Clock clock,
      CaseReceipts receipts) {
    this.rfps = rfps;
    this.questions = questions;
    this.gate = gate;
    this.history = history;
    this.projects = projects;
    this.documents = documents;
    this.people = people;
    this.currentUser = currentUser;
    this.asSystem = asSystem;
    this.runtime = runtime;
    this.engineHistory = engineHistory;
    this.visibility = visibility;
    this.clock = clock;
    this.receipts = receipts;
  }

  /** Checks the draft, stores it and starts the process, all or nothing. */
  @Transactional
  public Rfp create(RfpDraft draft) {
    currentUser.requireAnyOf(PmoGroups.PMO);
    List<FieldProblem> problems = new ArrayList<>(RfpRules.check(draft, evaluatorsAmong(draft), clock.instant()));
    Project project = draft.projectId() == null ? null : projectOrNull(draft.projectId());
    if (draft.projectId() != null && project == null) {
      problems.add(new FieldProblem("projectId", "does not exist: " + draft.projectId()));
    }
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
    Rfp rfp = new Rfp(project.getId(), currentUser.id(), clock.instant());
    rfp.apply(draft);
    rfps.save(rfp);
    history.record(rfp.getId(), currentUser.id(), "RFP created", rfp.getTitle());
    ProcessInstance instance =
        FormInputGuard.asApplication(
            () -> runtime.startProcessInstanceByKey(
                RfpVariables.PROCESS_KEY, rfp.caseKey(), startVariables(rfp)));
    rfp.startedAs(instance.getId());
    tellRequester(rfp, currentUser.id());
    return rfp;
  }

  /**
   * Begins an RFP on another case's behalf (a tool evaluation whose recommendation the PM accepted):
   * a draft with a title for the project, drafted by {@code by} (the project's PMO) from then on.
   *
   * @return the RFP's key, e.g. {@code RFP-3}
   */
  @Transactional
  public String startDraft(long projectId, String title, String by) {
    Project project = projects.find(projectId);
    Rfp rfp = newDraft(project, title, by);
    ProcessInstance instance =
        FormInputGuard.asApplication(
            () -> runtime.startProcessInstanceByKey(
                RfpVariables.PROCESS_KEY, rfp.caseKey(), startVariables(rfp)));
    rfp.startedAs(instance.getId());
    tellRequester(rfp, by);
    return rfp.caseKey();
  }

  /** A new RFP with only its title, saved and in the history; the PMO drafts the rest. */
  Rfp newDraft(Project project, String title, String by) {
    Rfp rfp = new Rfp(project.getId(), by, clock.instant());
    rfp.apply(new RfpDraft(project.getId(), title, "", "", null, null, null, null, null, null, false, false));
    rfps.save(rfp);
    history.record(rfp.getId(), by, "RFP created", title);
    return rfp;
  }

  /** The PMO who asked for the RFP is mailed its key and where to follow it, however it was started. */
  void tellRequester(Rfp rfp, String requester) {
    receipts.mail(requester, RfpVariables.PROCESS_KEY, rfp.caseKey(), "rfp.receipt", rfp.caseLabel(), rfp.getTitle(),
        rfp.caseKey());
  }

  /** The variables a new instance starts with (also used by the Tasklist start form's listener). */
  Map<String, Object> startVariables(Rfp rfp) {
    // the project's PM and the settings are read when the model needs them (RfpPeople, RfpReminders);
    // the project's id is the forms' link to the project's page
    return Map.of(RfpVariables.RFP_ID, rfp.getId(), RfpVariables.CASE_LABEL, rfp.caseLabel(),
        RfpVariables.PROJECT_ID, rfp.getProjectId());
  }

  private Project projectOrNull(long id) {
    try {
      return projects.find(id);
    } catch (ApiException notFound) {
      return null;
    }
  }

  /** Which of the draft's evaluators are in the evaluators' group: one query for all of them. */
  Predicate<String> evaluatorsAmong(RfpDraft draft) {
    return people.membersAmong(draft.evaluatorList(), PmoGroups.EVALUATOR)::contains;
  }

  @Transactional(readOnly = true)
  public RfpView view(long id) {
    Rfp rfp = find(id);
    visibility.requireVisible(id);
    Integer version = documents.latest(rfp.documentKey()).map(DocumentVersion::getVersion).orElse(null);
    return RfpView.of(rfp, currentSteps(rfp), version, history.of(id));
  }

  /**
   * A step's name as people read it: the model's task names carry the case label as an expression
   * ({@code Review the RFP: ${caseLabel} (PM)}), which history keeps unevaluated.
   */
  static String stepName(String modelName, Rfp rfp) {
    return modelName
        .replace("${" + RfpVariables.CASE_LABEL + "}", rfp.caseLabel())
        .replace("(${" + RfpVariables.REVIEW_GROUP + "} review)", "(additional review)");
  }

  private List<String> currentSteps(Rfp rfp) {
    if (rfp.getProcessInstanceId() == null) {
      return List.of();
    }
    return asSystem.call(
        () ->
            engineHistory
                .createHistoricActivityInstanceQuery()
                .processInstanceId(rfp.getProcessInstanceId())
                .unfinished()
                .orderByHistoricActivityInstanceStartTime()
                .asc()
                .list()
                .stream()
                .filter(a -> a.getActivityName() != null)
                .filter(a -> !a.getActivityType().endsWith("Body") && !a.getActivityType().equals("subProcess"))
                .map(a -> stepName(a.getActivityName(), rfp))
                .distinct()
                .toList());
  }

  /** The latest or a given version of the RFP document, for staff and invited vendors. */
  @Transactional(readOnly = true)
  public DocumentVersion document(long id, Integer version) {
    Rfp rfp = find(id);
    if (currentUser.isInAny(PmoGroups.STAFF_ROLES)) {
      visibility.requireVisible(id);
    } else {
      gate.invitedVendor(rfp);
      if (rfp.getStatus() == RfpStatus.DRAFT || rfp.getStatus() == RfpStatus.IN_REVIEW) {
        throw ApiException.notFound(Text.of("thing.rfp-document"), id);
      }
    }
    return (version == null ? documents.latest(rfp.documentKey()) : documents.version(rfp.documentKey(), version))
        .orElseThrow(
            () -> ApiException.notFound(Text.of("thing.document-version"), rfp.documentKey() + (version == null ? "" : " v" + version)));
  }

  @Transactional(readOnly = true)
  public List<DocumentVersion> documentVersions(long id) {
    Rfp rfp = find(id);
    visibility.requireVisible(id);
    return documents.versions(rfp.documentKey());
  }

  /** A vendor's question: stored, and an answer task for the PMO is opened. */
  @Transactional
  public RfpQuestion ask(long id, NewQuestion request) {
    Rfp rfp = find(id);
    Vendor vendor = gate.invitedVendor(rfp);
    gate.requireChangeable(rfp);
    if (!clock.instant().isBefore(rfp.getQuestionDeadline())) {
      throw ApiException.conflict(Text.of("rfp.conflict.questions-closed", String.valueOf(rfp.getQuestionDeadline())).inRequestLanguage());
    }
    RfpQuestion question =
        questions.save(new RfpQuestion(rfp.getId(), vendor.code(), currentUser.id(), request.question(), clock.instant()));
    history.record(rfp.getId(), currentUser.id(), "Question asked", "question " + question.getId() + " by " + vendor.code());
    asSystem.run(
        () ->
            runtime
                .createMessageCorrelation(RfpVariables.QUESTION_MESSAGE)
                .processInstanceId(rfp.getProcessInstanceId())
                .setVariablesLocal(Map.of(RfpVariables.QUESTION_ID, question.getId()))
                .correlateWithResult());
    return question;
  }

  /** A vendor says whether it intends to bid. */
  @Transactional
  public void intent(long id, boolean bid) {
    Rfp rfp = find(id);
    Vendor vendor = gate.invitedVendor(rfp);
    gate.requireChangeable(rfp);
    if (vendor.status() == VendorStatus.SUBMITTED) {
      throw ApiException.conflict(Text.of("rfp.conflict.proposed", vendor.code()).inRequestLanguage());
    }
    rfp.vendorStatus(vendor.code(), bid ? VendorStatus.INTENDS_TO_BID : VendorStatus.DECLINED);
    history.record(rfp.getId(), currentUser.id(), bid ? "Vendor intends to bid" : "Vendor declined", vendor.code());
  }

  private Rfp find(long id) {
    return gate.rfp(id);
  }
}
