package io.pmoflow.evaluation;

import io.pmoflow.evaluation.environment.EvaluationEnvironments;
import io.pmoflow.evaluation.environment.EvaluationEnvironments.EnvironmentInfo;
import io.pmoflow.evaluation.environment.EvaluationEnvironments.EnvironmentRequest;
import io.pmoflow.forms.FormInputRefused;
import io.pmoflow.i18n.LanguageTexts;
import io.pmoflow.i18n.Text;
import io.pmoflow.i18n.Texts;
import io.pmoflow.notification.MailOutbox;
import io.pmoflow.notification.MailText;
import io.pmoflow.project.ProjectService;
import io.pmoflow.security.People;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The environments' life: made per candidate, in use until their end date (a reminder before it,
 * extensions by the PM within {@code pmoflow.evaluation.max-days} of the request), then removed with
 * a record; and the daily reconciliation of what exists against what an open evaluation explains.
 */
@Service
public class EvaluationExpiry {

  private final Evaluations evaluations;
  private final EvaluationEnvironments environments;
  private final ProjectService projects;
  private final People people;
  private final MailOutbox outbox;
  private final Texts texts;
  private final EvaluationSettings settings;
  private final Clock clock;

  EvaluationExpiry(
      Evaluations evaluations, EvaluationEnvironments environments, ProjectService projects, People people,
      MailOutbox outbox, Texts texts, EvaluationSettings settings, Clock clock) {
    this.evaluations = evaluations;
    this.environments = environments;
    this.projects = projects;
    this.people = people;
    this.outbox = outbox;
    this.texts = texts;
    this.settings = settings;
    this.clock = clock;
  }

  /** Makes (or finishes making) the candidate's environment and records it; the testers get their connection details from the environments. */
  @Transactional
  public void provision(long id, String candidateCode) {
    Evaluation evaluation = evaluations.find(id);
    EnvironmentInfo info = environments.provision(
        new EnvironmentRequest(id, candidateCode, evaluation.dataSetCode(), evaluations.testers(id)));
    evaluations.provisioned(id, candidateCode, info, clock.instant());
    evaluations.record(id, "provision", info.environmentKey(), "pmo-flow", clock.instant(), info.databaseName());
    evaluations.status(id, EvaluationStatus.IN_TRIAL);
  }

  /** The end of the last day the environments may live, in the deployment's zone (for the timer). */
  @Transactional(readOnly = true)
  public Date endAt(long id) {
    return Date.from(end(id).toInstant());
  }

  /** When the reminder before the end goes out (for the timer); at once if that is already past. */
  @Transactional(readOnly = true)
  public Date reminderAt(long id) {
    ZonedDateTime at = end(id).minus(settings.reminderBefore());
    ZonedDateTime now = ZonedDateTime.now(clock);
    return Date.from((at.isBefore(now) ? now : at).toInstant());
  }

  /** Mails the PM and the testers that the environments end soon; once per end date. */
  @Transactional
  public void remind(long id) {
    Evaluation evaluation = evaluations.find(id);
    List<String> recipients = new ArrayList<>(evaluations.testers(id));
    recipients.add(projects.find(evaluation.projectId()).getProjectManager());
    for (String userId : recipients.stream().distinct().toList()) {
      people.user(userId).filter(u -> u.getEmail() != null && !u.getEmail().isBlank()).ifPresent(user -> {
        LanguageTexts text = texts.forPerson(user.getId());
        outbox.enqueue(MailText.of(text, "evaluation.mail.ending", new Object[] {evaluation.key()},
                MailText.greeting(user), evaluation.label(), text.date(evaluation.environmentsUntil()))
            .to("evaluation-" + id + "/ending/" + evaluation.environmentsUntil() + "/" + user.getId(), user.getEmail()));
      });
    }
    evaluations.record(id, "reminder", "sent", "pmo-flow", clock.instant(), String.valueOf(evaluation.environmentsUntil()));
  }

  /**
   * The PM asks to keep the environments longer: bounded by the settings, then decided again by
   * the decision table.
   */
  @Transactional
  public void requestExtension(long id, String actor, Object until) {
    Evaluation evaluation = evaluations.find(id);
    LocalDate newEnd;
    try {
      newEnd = LocalDate.parse(String.valueOf(until).substring(0, Math.min(10, String.valueOf(until).length())));
    } catch (RuntimeException notADate) {
      throw new FormInputRefused(Text.of("evaluation.refused.extension-date").inRequestLanguage());
    }
    LocalDate latest = evaluation.requestedAt().atZone(clock.getZone()).toLocalDate().plusDays(settings.maxDays());
    if (!newEnd.isAfter(evaluation.environmentsUntil()) || newEnd.isAfter(latest)) {
      throw new FormInputRefused(Text.of("evaluation.refused.extension-bounds", String.valueOf(evaluation.environmentsUntil()),
          String.valueOf(latest)).inRequestLanguage());
    }
    evaluations.extensionRequested(id, newEnd);
    evaluations.record(id, "extension-request", String.valueOf(newEnd), actor, clock.instant(), null);
  }

  /** The last day the environments live, as the form shows it. */
  @Transactional(readOnly = true)
  public String until(long id) {
    return String.valueOf(evaluations.find(id).environmentsUntil());
  }

  /** The PM lets the environments end now. */
  @Transactional
  public void endNow(long id, String actor) {
    evaluations.record(id, "end", "ended early", actor, clock.instant(), null);
  }

  /** Removes one candidate's environment and records it; removing what is already gone is no error. */
  @Transactional
  public void tearDown(long id, String candidateCode) {
    String key = new EnvironmentRequest(id, candidateCode, null, List.of()).environmentKey();
    environments.tearDown(key);
    if (evaluations.tornDown(key, clock.instant())) {
      evaluations.record(id, "teardown", key, "pmo-flow", clock.instant(), null);
    }
  }

  /** Every environment is gone and the evaluation is over. */
  @Transactional
  public void close(long id) {
    evaluations.status(id, EvaluationStatus.CLOSED);
    evaluations.record(id, "close", "closed", "pmo-flow", clock.instant(), null);
  }

  /** The keys of the environments that exist but that no open evaluation explains. */
  @Transactional(readOnly = true)
  public List<String> leftovers() {
    List<String> explained = evaluations.explainedKeys();
    return environments.existingEnvironmentKeys().stream().filter(key -> !explained.contains(key)).sorted().toList();
  }

  private ZonedDateTime end(long id) {
    return evaluations.find(id).environmentsUntil().plusDays(1).atStartOfDay(clock.getZone());
  }
}
