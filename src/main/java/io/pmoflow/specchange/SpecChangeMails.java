package io.pmoflow.specchange;

import io.pmoflow.i18n.LanguageTexts;
import io.pmoflow.i18n.Texts;
import io.pmoflow.notification.MailOutbox;
import io.pmoflow.notification.MailText;
import io.pmoflow.project.Project;
import io.pmoflow.project.ProjectService;
import io.pmoflow.security.People;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.identity.User;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The mails of the spec-change approval, queued in the step's transaction. */
@Service
public class SpecChangeMails {

  /** What happened, and so whom to tell. */
  public enum Notice {
    /** The request is recorded: its requester learns its key and where to follow it. */
    RECEIVED,
    APPROVED,
    REJECTED,
    WITHDRAWN,
    ROLLED_BACK,
    ESCALATED
  }

  private final ChangeRequestRepository requests;
  private final ChangeDecisionRepository trail;
  private final ProjectService projects;
  private final SpecService spec;
  private final People people;
  private final MailOutbox outbox;
  private final Texts texts;
  private final String baseUrl;

  SpecChangeMails(
      ChangeRequestRepository requests,
      ChangeDecisionRepository trail,
      ProjectService projects,
      SpecService spec,
      People people,
      MailOutbox outbox,
      Texts texts,
      @Value("${pmoflow.base-url}") String baseUrl) {
    this.requests = requests;
    this.trail = trail;
    this.projects = projects;
    this.spec = spec;
    this.people = people;
    this.outbox = outbox;
    this.texts = texts;
    this.baseUrl = baseUrl;
  }

  /** Mails everyone concerned; {@code occasion} makes the dedupe key unique per event. */
  @Transactional
  public void send(long id, Notice notice, String occasion) {
    ChangeRequest request = requests.findById(id).orElseThrow();
    Project project = projects.find(request.getProjectId());
    Map<String, User> to = new LinkedHashMap<>();
    add(to, request.getRequester());
    if (notice != Notice.RECEIVED) {
      // the receipt is the requester's alone: the PM and the PMO owner are not even looked up
      add(to, project.getProjectManager());
      add(to, project.getPmoOwner());
    }
    if (notice == Notice.APPROVED || notice == Notice.ROLLED_BACK) {
      if (request.getVendorCode() != null) {
        people.membersOf(io.pmoflow.security.PmoGroups.vendorGroup(request.getVendorCode()))
            .forEach(u -> to.putIfAbsent(u.getId(), u));
      }
    }
    if (notice == Notice.ESCALATED) {
      to.remove(request.getRequester());
    }
    for (User user : to.values()) {
      if (user.getEmail() == null || user.getEmail().isBlank()) {
        continue;
      }
      LanguageTexts text = texts.forPerson(user.getId());
      String key = "spec.mail." + notice.name();
      outbox.enqueue(
          MailText.sharingBody(text, key + ".subject", subjectArguments(request, project),
                  "spec.mail.body", MailText.greeting(user), request.getTitle(), project.getName(), project.getCode(),
                  what(text, request, notice, occasion), baseUrl + "/api/change-requests/" + request.getId(),
                  tasklistSearch(request))
              .to("spec-change/" + id + "/" + notice.name().toLowerCase() + "/" + occasion + "/" + user.getId(),
                  user.getEmail()));
    }
  }

  private void add(Map<String, User> to, String userId) {
    people.user(userId).ifPresent(u -> to.putIfAbsent(u.getId(), u));
  }

  /** The texts spec.mail.*.subject read: the request's number, key and label, the project, the new version. */
  private static Object[] subjectArguments(ChangeRequest r, Project p) {
    return new Object[] {
      String.valueOf(r.getId()), r.caseLabel(), p.getCode(),
      r.getResultingVersion() == null ? "" : String.valueOf(r.getResultingVersion())
    };
  }

  private String what(LanguageTexts text, ChangeRequest r, Notice notice, String occasion) {
    String key = "spec.mail." + notice.name() + ".text";
    return switch (notice) {
      case RECEIVED -> text.get(key, r.key());
      case APPROVED -> text.get(key, String.valueOf(r.getResultingVersion()),
          SpecService.readable(r.getResultingVersion() - 1, r.getResultingVersion(),
              spec.history(r.getProjectId()).diff(r.getResultingVersion() - 1, r.getResultingVersion())));
      case REJECTED, ROLLED_BACK -> text.get(key, lastReason(text, r.getId()));
      case WITHDRAWN -> text.get(key);
      case ESCALATED -> text.get(key, occasion);
    };
  }

  /** Tasklist searching for the request's tasks by its key (a readable page of the request is the other link). */
  private String tasklistSearch(ChangeRequest r) {
    return baseUrl + "/camunda/app/tasklist/default/#/?searchQuery="
        + java.net.URLEncoder.encode(
            "[{\"type\":\"processInstanceBusinessKey\",\"operator\":\"eq\",\"value\":\"" + r.key() + "\"}]",
            java.nio.charset.StandardCharsets.UTF_8);
  }

  private String lastReason(LanguageTexts text, long id) {
    List<ChangeDecision> decisions = trail.findByChangeRequestIdOrderById(id);
    for (int i = decisions.size() - 1; i >= 0; i--) {
      if (decisions.get(i).getComment() != null && !decisions.get(i).getComment().isBlank()) {
        return text.get("spec.mail.reason", decisions.get(i).getStep(), decisions.get(i).getComment());
      }
    }
    return "";
  }
}
