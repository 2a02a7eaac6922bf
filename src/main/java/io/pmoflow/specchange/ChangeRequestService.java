package io.pmoflow.specchange;

import io.pmoflow.process.CaseTexts;
import io.pmoflow.process.RuleTexts;
import java.util.Locale;
import io.pmoflow.i18n.Languages;
import io.pmoflow.i18n.RequestLanguage;
import io.pmoflow.forms.ShownTexts;
import io.pmoflow.i18n.Text;
import static io.pmoflow.specchange.SpecChangeVariables.*;

import io.pmoflow.forms.FormInputGuard;
import io.pmoflow.project.Project;
import io.pmoflow.project.ProjectRepository;
import io.pmoflow.security.CurrentUser;
import io.pmoflow.security.AsSystem;
import io.pmoflow.security.People;
import io.pmoflow.security.PmoGroups;
import io.pmoflow.specchange.ChangeRequestViews.ChangeRequestView;
import io.pmoflow.specchange.ChangeRequestViews.Created;
import io.pmoflow.specchange.ChangeRequestViews.Impact;
import io.pmoflow.specchange.ChangeRequestViews.NewChangeRequest;
import io.pmoflow.specchange.ChangeRequestViews.ProposedChange;
import io.pmoflow.specchange.ChangeRequestViews.SectionChange;
import io.pmoflow.specchange.ChangeRequestViews.TrailEntry;
import io.pmoflow.web.ReadablePage;
import io.pmoflow.web.ApiException;
import io.pmoflow.web.FieldProblems;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import io.pmoflow.specchange.SpecChangeElements;
import io.pmoflow.web.FieldProblem;
import io.pmoflow.web.InvalidInputException;
import jakarta.validation.Validator;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Submits change requests, shows them, and lets requesters answer questions or withdraw. */
@Service
public class ChangeRequestService {

  private final ChangeRequestRepository requests;
  private final ChangeRequestSectionRepository proposed;
  private final ChangeDecisionRepository trail;
  private final ProjectRepository projects;
  private final SpecService spec;
  private final SpecSectionRepository sections;
  private final RuntimeService runtime;
  private final TaskService tasks;
  private final People people;
  private final AsSystem asSystem;
  private final CurrentUser currentUser;
  private final SpecChangeMails mails;
  private final ChangeRequestBrief brief;
  private final Validator validator;
  private final ChangeRequestVisibility visibility;
  private final Clock clock;

  ChangeRequestService(
      ChangeRequestRepository requests,
      ChangeRequestSectionRepository proposed,
      ChangeDecisionRepository trail,
      ProjectRepository projects,
      SpecService spec,
      SpecSectionRepository sections,
      RuntimeService runtime,
      TaskService tasks,
      People people,
      AsSystem asSystem,
      CurrentUser currentUser,
      SpecChangeMails mails,
      ChangeRequestBrief brief,
      Validator validator,
      ChangeRequestVisibility visibility,
      Clock clock) {
    this.requests = requests;
    this.proposed = proposed;
    this.trail = trail;
    this.projects = projects;
    this.spec = spec;
    this.sections = sections;
    this.runtime = runtime;
    this.tasks = tasks;
    this.people = people;
    this.asSystem = asSystem;
    this.currentUser = currentUser;
    this.mails = mails;
    this.brief = brief;
    this.validator = validator;
    this.visibility = visibility;
    this.clock = clock;
  }

  /**
   * Validates the request, writes it and starts its approval, all in one transaction: a rejected
   * request writes nothing and starts nothing.
   */
  @Transactional
  public Created submit(NewChangeRequest input) {
    currentUser.requireAnyOf(PmoGroups.PMO, PmoGroups.PM);
    return start(register(input, currentUser.id()));
  }

  /**
   * A request that another process asks for on someone's behalf (a PM accepting an evaluation's
   * recommendation with a spec change): the start form's checks, written and started in the caller's
   * transaction, so a refusal leaves nothing behind.
   */
  @Transactional
  public Created submitFor(NewChangeRequest input, String requester) {
    return start(register(validated(input), requester));
  }

  private Created start(ChangeRequest request) {
    ProcessInstance instance =
        FormInputGuard.asApplication(
            () -> runtime.startProcessInstanceByKey(PROCESS_KEY, request.key(), startVariables(request)));
    request.linkProcess(instance.getId());
    return new Created(request.getId(), instance.getId());
  }

  private NewChangeRequest validated(NewChangeRequest input) {
    List<FieldProblem> problems =
        validator.validate(input).stream()
            .map(v -> new FieldProblem(v.getPropertyPath().toString(), v.getMessage()))
            .toList();
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
    return input;
  }

  /**
   * Writes a request started from the Tasklist start form, with the same checks as the REST API
   * (an invalid one fails the start and Tasklist shows why), and links it to its process; returns
   * the variables the process needs.
   */
  @Transactional
  public Map<String, Object> registerStarted(NewChangeRequest input, String requester, String processInstanceId) {
    ChangeRequest request = register(validated(input), requester);
    request.linkProcess(processInstanceId);
    return startVariables(request);
  }

  /** Writes a validated request and its proposed sections (the process is started by the caller). */
  @Transactional
  ChangeRequest register(NewChangeRequest input, String requester) {
    Optional<Project> project = projects.findById(input.projectId());
    FieldProblems problems = new FieldProblems();
    problems.addIf(project.isEmpty(), "projectId", Text.of("specchange.rule.no-project", String.valueOf(input.projectId())));
    problems.throwIfAny();
    Long projectId = project.get().getId();
    Integer current = spec.currentVersion(projectId);
    problems.addIf(current == null, "projectId", Text.of("specchange.rule.no-spec"));
    problems.throwIfAny();
    int base = input.baseVersion() == null ? current : input.baseVersion();
    problems.addIf(base > current, "baseVersion", Text.of("specchange.rule.base-after-current", String.valueOf(current)));
    problems.addIf(
        input.vendorCode() != null && !input.vendorCode().isBlank()
            && people.membersOf(PmoGroups.vendorGroup(input.vendorCode())).isEmpty(),
        "vendorCode", Text.of("specchange.rule.no-vendor-group", PmoGroups.vendorGroup(String.valueOf(input.vendorCode()))));
    List<SpecSection> changed = new ArrayList<>();
    for (int i = 0; i < input.changes().size(); i++) {
      String key = input.changes().get(i).sectionKey();
      Optional<SpecSection> section = sections.findByProjectIdAndKey(projectId, key);
      problems.addIf(section.isEmpty(), "changes[" + i + "].sectionKey", Text.of("specchange.rule.no-section", String.valueOf(key)));
      section.ifPresent(changed::add);
    }
    problems.throwIfAny();
    SpecHistory history = spec.history(projectId);
    for (SpecSection section : changed) {
      int lastChanged = history.lastChanged(section.getKey(), current).orElse(1);
      if (lastChanged > base) {
        throw ApiException.conflict(
            Text.of("specchange.conflict.section-changed", section.getKey(), String.valueOf(lastChanged), String.valueOf(base),
                String.valueOf(current)).inRequestLanguage());
      }
    }
    ChangeRequest request =
        requests.save(
            new ChangeRequest(
                projectId, input.title().strip(), input.description().strip(), input.reason(), requester,
                input.requesterRole(),
                input.vendorCode() == null || input.vendorCode().isBlank() ? null : input.vendorCode(),
                input.type() == null ? ChangeType.NORMAL : input.type(), base, clock.instant()));
    Map<String, SpecHistory.Content> now = history.at(current);
    for (int i = 0; i < changed.size(); i++) {
      SectionChange change = input.changes().get(i);
      SpecSection section = changed.get(i);
      String title =
          change.newTitle() == null || change.newTitle().isBlank()
              ? now.get(section.getKey()).title()
              : change.newTitle();
      proposed.save(new ChangeRequestSection(request.getId(), section.getId(), title, change.newText()));
    }
    trail.save(
        new ChangeDecision(
            request.getId(), "Submitted", "submitted as " + request.getType().processValue(), requester,
            clock.instant(), input.reason(), null));
    // the requester learns the request's key and where to follow it (sent after the commit)
    mails.send(request.getId(), SpecChangeMails.Notice.RECEIVED, "submitted");
    return request;
  }

  Map<String, Object> startVariables(ChangeRequest request) {
    // read from the request when the model needs them: the project's PM when a task is made
    // (ProjectManagerAssignee), the settings when a timer is set, the requester, the type and the impact
    // figures by the routing (ChangeRequestFacts), the project's id, the type and the figures by the forms
    // (ChangeRequestShownTexts)
    Map<String, Object> variables = new HashMap<>();
    variables.put(CHANGE_REQUEST_ID, request.getId());
    variables.put(CASE_LABEL, request.caseLabel());
    if (request.getVendorCode() != null) {
      variables.put(VENDOR_GROUP, PmoGroups.vendorGroup(request.getVendorCode()));
    }
    return variables;
  }

  @Transactional(readOnly = true)
  public ChangeRequestView get(long id) {
    ChangeRequest request = find(id);
    visibility.requireVisible(id);
    return view(request);
  }

  /** The request as a readable page: what it asks, where it stands, the proposed change, the decisions so far. */
  @Transactional(readOnly = true)
  public String page(long id) {
    ChangeRequestView view = get(id);
    Map<String, Object> texts = brief.forClient(id);
    List<String> steps = view.currentSteps();
    Map<String, Object> sections = new java.util.LinkedHashMap<>();
    sections.put(heading("specchange.page.project"), texts.get(ChangeRequestBrief.REQUEST_PROJECT));
    sections.put(heading("specchange.page.status"), steps.isEmpty()
        ? String.valueOf(view.status())
        : Text.of("specchange.page.waiting", String.valueOf(view.status()), String.join(", ", steps)).inRequestLanguage());
    PAGE_SECTIONS.forEach((heading, name) -> sections.put(heading(heading), ShownTexts.read(texts, name)));
    return ReadablePage.of(String.valueOf(texts.get(ChangeRequestBrief.REQUEST_TITLE)), sections);
  }

  /** The page's sections after project and status: heading (a text of the bundle) and the brief's text. */
  private static final Map<String, String> PAGE_SECTIONS = pageSections();

  private static Map<String, String> pageSections() {
    Map<String, String> sections = new java.util.LinkedHashMap<>();
    sections.put("specchange.page.requested-by", ChangeRequestBrief.REQUESTED_BY);
    sections.put("specchange.page.description", ChangeRequestBrief.REQUEST_DESCRIPTION);
    sections.put("specchange.page.proposed-change", ChangeRequestBrief.PROPOSED_CHANGE);
    sections.put("specchange.page.impact", ChangeRequestBrief.IMPACT_SUMMARY);
    sections.put("specchange.page.decisions", ChangeRequestBrief.DECISION_TRAIL);
    return sections;
  }

  private static String heading(String key) {
    return Text.of(key).inRequestLanguage();
  }

  /** The requester's answer to the triage question: completes their Tasklist task. */
  @Transactional
  public ChangeRequestView answer(long id, String answer) {
    ChangeRequest request = find(id);
    requireRequesterOrPmo(request);
    Task task =
        asSystem.call(
            () -> tasks.createTaskQuery()
                .processInstanceId(request.getProcessInstanceId())
                .taskDefinitionKey(SpecChangeElements.TASK_ANSWER_QUESTION)
                .singleResult());
    if (task == null) {
      throw ApiException.conflict(Text.of("specchange.conflict.no-question", String.valueOf(id)).inRequestLanguage());
    }
    // the right to answer was checked above; the task may sit with the requester or the PMO
    String answeredBy = currentUser.id();
    asSystem.run(
        () -> {
          tasks.setAssignee(task.getId(), answeredBy);
          tasks.complete(task.getId(), Map.of(ANSWER, answer));
        });
    return view(request);
  }

  /** Withdraws a request that is not decided yet; the process tells the requester. */
  @Transactional
  public ChangeRequestView withdraw(long id, String reason) {
    ChangeRequest request = find(id);
    requireRequesterOrPmo(request);
    if (!request.getStatus().isUndecided()) {
      throw ApiException.conflict(
          Text.of("specchange.conflict.decided", String.valueOf(id), String.valueOf(request.getStatus())).inRequestLanguage());
    }
    Map<String, Object> variables = new HashMap<>();
    variables.put(WITHDRAW_REASON, reason == null ? "" : reason);
    asSystem.call(
        () -> runtime.createMessageCorrelation(WITHDRAWN_MESSAGE)
            .processInstanceId(request.getProcessInstanceId())
            .setVariables(variables)
            .correlateWithResult());
    trail.save(
        new ChangeDecision(id, "Withdrawn by the requester", "withdrawn", currentUser.id(), clock.instant(), reason, null));
    return view(request);
  }

  ChangeRequest find(long id) {
    return requests.findById(id).orElseThrow(() -> ApiException.notFound(Text.of("thing.change-request"), id));
  }

  private void requireRequesterOrPmo(ChangeRequest request) {
    if (!request.getRequester().equals(currentUser.id())) {
      currentUser.requireAnyOf(PmoGroups.PMO);
    }
  }

  /**
   * The request as the API answers it; its steps, the trail's steps and outcomes and the routing
   * rules in the caller's language (codes, people and what people typed as they are).
   */
  private ChangeRequestView view(ChangeRequest r) {
    Locale language = RequestLanguage.current(Languages.ENGLISH);
    Map<Long, String> keys = spec.keysById(r.getProjectId());
    List<String> steps =
        r.getProcessInstanceId() == null
            ? List.of()
            : asSystem.call(
                () -> tasks.createTaskQuery().processInstanceId(r.getProcessInstanceId()).list().stream()
                    .map(Task::getName)
                    .map(SpecChangeVariables::stepOf)
                    .distinct()
                    .map(step -> CaseTexts.in(language, step))
                    .toList());
    return new ChangeRequestView(
        r.getId(), r.getProjectId(), r.getTitle(), r.getDescription(), r.getReason(), r.getRequester(),
        r.getRequesterRole(), r.getVendorCode(), r.getType(), r.getStatus(), steps, r.getBaseVersion(),
        r.getResultingVersion(), r.getQuestion(), r.getAnswer(), r.getFollowUpDate(),
        new Impact(r.getEffortDays(), r.getCost(), r.getDelayDays(), r.getRisk(), r.getDeliverables(),
            r.isContractChange(), r.getVendorEffortDays(), r.getVendorCost()),
        proposed.findByChangeRequestIdOrderById(r.getId()).stream()
            .map(c -> new ProposedChange(keys.get(c.getSectionId()), c.getNewTitle(), c.getNewBody()))
            .toList(),
        r.getProcessInstanceId(),
        trail.findByChangeRequestIdOrderById(r.getId()).stream()
            .map(d -> new TrailEntry(CaseTexts.in(language, d.getStep()), CaseTexts.in(language, d.getOutcome()), d.getActor(),
                d.getDecidedAt(), d.getComment(), RuleTexts.in(language, d.getRule())))
            .toList());
  }
}
