package io.pmoflow.specchange;

import io.pmoflow.notification.MailOutbox;
import io.pmoflow.notification.OutgoingMail;
import io.pmoflow.process.CaseAddresses;
import io.pmoflow.process.CaseReceipts;
import io.pmoflow.project.Project;
import io.pmoflow.project.ProjectService;
import io.pmoflow.security.People;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.identity.User;
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
  private final CaseReceipts receipts;
  private final CaseAddresses addresses;

  SpecChangeMails(
      ChangeRequestRepository requests,
      ChangeDecisionRepository trail,
      ProjectService projects,
      SpecService spec,
      People people,
      MailOutbox outbox,
      CaseReceipts receipts,
      CaseAddresses addresses) {
    this.requests = requests;
    this.trail = trail;
    this.projects = projects;
    this.spec = spec;
    this.people = people;
    this.outbox = outbox;
    this.receipts = receipts;
    this.addresses = addresses;
  }

  /** Mails everyone concerned; {@code occasion} makes the dedupe key unique per event. */
  @Transactional
  public void send(long id, Notice notice, String occasion) {
    ChangeRequest request = requests.findById(id).orElseThrow();
    Project project = projects.find(request.getProjectId());
    if (notice == Notice.RECEIVED) {
      receipts.mail(request.getRequester(), SpecChangeVariables.PROCESS_KEY, request.key(),
          request.caseLabel() + " (" + project.getCode() + ")",
          "Your change request \"" + request.getTitle() + "\" for project " + project.getName() + " is recorded as "
              + request.key() + ".",
          "The PMO triages it next; you are told when it is decided, and asked if the PMO has a question.");
      return;
    }
    Map<String, User> to = new LinkedHashMap<>();
    add(to, request.getRequester());
    add(to, project.getProjectManager());
    add(to, project.getPmoOwner());
    if (notice == Notice.APPROVED || notice == Notice.ROLLED_BACK) {
      if (request.getVendorCode() != null) {
        people.membersOf(io.pmoflow.security.PmoGroups.vendorGroup(request.getVendorCode()))
            .forEach(u -> to.putIfAbsent(u.getId(), u));
      }
    }
    if (notice == Notice.ESCALATED) {
      to.remove(request.getRequester());
    }
    String subject = subject(request, project, notice);
    String body = body(request, project, notice, occasion);
    for (User user : to.values()) {
      if (user.getEmail() == null || user.getEmail().isBlank()) {
        continue;
      }
      outbox.enqueue(
          new OutgoingMail(
              "spec-change/" + id + "/" + notice.name().toLowerCase() + "/" + occasion + "/" + user.getId(),
              user.getEmail(), subject, "Hello " + user.getFirstName() + ",\n\n" + body));
    }
  }

  private void add(Map<String, User> to, String userId) {
    people.user(userId).ifPresent(u -> to.putIfAbsent(u.getId(), u));
  }

  private static String subject(ChangeRequest r, Project p, Notice notice) {
    String what = "Change request CR-" + r.getId() + " (" + p.getCode() + ") ";
    return switch (notice) {
      case RECEIVED -> throw new IllegalArgumentException("a receipt is mailed by CaseReceipts");
      case APPROVED -> what + "approved: specification v" + r.getResultingVersion();
      case REJECTED -> what + "rejected";
      case WITHDRAWN -> what + "withdrawn";
      case ROLLED_BACK -> what + "rolled back by the change board";
      case ESCALATED -> what + "is waiting too long for a decision";
    };
  }

  private String body(ChangeRequest r, Project p, Notice notice, String occasion) {
    StringBuilder text = new StringBuilder();
    text.append("\"").append(r.getTitle()).append("\" for project ").append(p.getName()).append(" (")
        .append(p.getCode()).append(")\n\n");
    switch (notice) {
      case RECEIVED -> throw new IllegalArgumentException("a receipt is mailed by CaseReceipts");
      case APPROVED -> text.append("The change was approved. The specification is now at version v")
          .append(r.getResultingVersion()).append(".\n\n")
          .append(SpecService.readable(r.getResultingVersion() - 1, r.getResultingVersion(),
              spec.history(r.getProjectId()).diff(r.getResultingVersion() - 1, r.getResultingVersion())));
      case REJECTED -> text.append("The change was rejected. ").append(lastReason(r.getId()));
      case WITHDRAWN -> text.append("The request was withdrawn; nothing in the specification changes.");
      case ROLLED_BACK -> text.append("The change board reviewed the emergency change and ordered a roll-back.")
          .append(" The earlier text is restored in a new baseline. ").append(lastReason(r.getId()));
      case ESCALATED -> text.append("The step \"").append(occasion)
          .append("\" has been waiting longer than agreed. Please follow up with the approvers.");
    }
    // a readable page (the same address answers JSON to programs); opens with the Tasklist login
    text.append("\n\n").append(addresses.of(SpecChangeVariables.PROCESS_KEY, r.key()).mailLines())
        .append("\n\nPMO Flow");
    return text.toString();
  }

  private String lastReason(long id) {
    List<ChangeDecision> decisions = trail.findByChangeRequestIdOrderById(id);
    for (int i = decisions.size() - 1; i >= 0; i--) {
      if (decisions.get(i).getComment() != null && !decisions.get(i).getComment().isBlank()) {
        return "Reason given (" + decisions.get(i).getStep() + "): " + decisions.get(i).getComment();
      }
    }
    return "";
  }
}
