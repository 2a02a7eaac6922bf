package io.pmoflow.specchange;

import io.pmoflow.i18n.Text;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Date;
import io.pmoflow.forms.FormInputRefused;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Where a change request stands and what its trail says: the status while a step waits, the
 * decisions people and the system took, the end of the request's life. The other steps of
 * {@code spec-change-approval} write their trail entries through it.
 */
@Service
public class ChangeRequestProgress {

  static final String SYSTEM = "spec-change-approval";
  /** The trail's names of the manual re-verification steps (their tasks' names without the case). */
  static final String REVERIFY_STEP = "Re-verify the manual section";
  static final String APPROVE_REVERIFICATION_STEP = "Approve the re-verified manual";

  private final ChangeRequestRepository requests;
  private final ChangeDecisionRepository trail;
  private final ChangeRequestBrief brief;
  private final Clock clock;

  ChangeRequestProgress(
      ChangeRequestRepository requests, ChangeDecisionRepository trail, ChangeRequestBrief brief, Clock clock) {
    this.requests = requests;
    this.trail = trail;
    this.brief = brief;
    this.clock = clock;
  }

  /**
   * What a person's form shows read-only above their decision ({@link ChangeRequestBrief}): for a
   * vendor the request and its diff only.
   */
  public Map<String, Object> brief(long id, boolean forVendor) {
    return forVendor ? brief.forVendor(id) : brief.forClient(id);
  }

  /** What the routing table and the contract gateway decide on, read from the request. */
  @Transactional(readOnly = true)
  public RoutingFacts facts(long id) {
    return RoutingFacts.of(find(id));
  }

  /** Who asked for the change (they answer the PMO's questions). */
  @Transactional(readOnly = true)
  public String requester(long id) {
    return find(id).getRequester();
  }

  /** A person's step is waiting: the request's status says what for. */
  @Transactional
  public void waitAt(long id, ChangeStatus status) {
    find(id).moveTo(status, clock.instant());
  }

  /** Records a person's decision, with their comment, in the trail. */
  @Transactional
  public void record(long id, TaskDecision decision, String outcome) {
    record(find(id), decision, outcome, decision.comment());
  }

  /** Four eyes: nobody approves a change they asked for. */
  @Transactional(readOnly = true)
  public void refuseOwnRequest(long id, String actor) {
    ChangeRequest request = find(id);
    if (request.getRequester().equals(actor)) {
      throw new FormInputRefused(Text.of("specchange.refused.own-request", request.key()).inRequestLanguage());
    }
  }

  /**
   * Four eyes: the PMO member who re-verified a manual section in this round does not approve the
   * re-verification (a round starts after the last approval or send-back).
   */
  @Transactional(readOnly = true)
  public void refuseOwnReverification(long id, String actor) {
    List<ChangeDecision> entries = trail.findByChangeRequestIdOrderById(id);
    for (int i = entries.size() - 1; i >= 0 && !APPROVE_REVERIFICATION_STEP.equals(entries.get(i).getStep()); i--) {
      if (REVERIFY_STEP.equals(entries.get(i).getStep()) && entries.get(i).getActor().equals(actor)) {
        throw new FormInputRefused(Text.of("specchange.refused.own-reverification", find(id).key()).inRequestLanguage());
      }
    }
  }

  /** The request's life ends with {@code status}; the trail names the step that ended it. */
  @Transactional
  public void finish(long id, ChangeStatus status, String step) {
    ChangeRequest request = find(id);
    request.moveTo(status, clock.instant());
    trail.save(new ChangeDecision(id, step, status.name().toLowerCase(Locale.ROOT), SYSTEM, clock.instant(), null, null));
  }

  /** A trail entry for a step the system took (a mail sent, an escalation). */
  @Transactional
  public void note(long id, String step, String outcome) {
    trail.save(new ChangeDecision(id, step, outcome, SYSTEM, clock.instant(), null, null));
  }

  void record(ChangeRequest request, TaskDecision decision, String outcome, String comment) {
    request.moveTo(request.getStatus(), clock.instant());
    trail.save(
        new ChangeDecision(request.getId(), decision.step(), outcome, decision.actor(), clock.instant(), comment, null));
  }

  void system(long id, String step, String outcome, String actor, String rule) {
    trail.save(new ChangeDecision(id, step, outcome, actor, clock.instant(), null, rule));
  }

  void defer(ChangeRequest request, Object followUpDate) {
    request.defer(date(followUpDate));
    request.moveTo(ChangeStatus.DEFERRED, clock.instant());
  }

  void moveTo(ChangeRequest request, ChangeStatus status) {
    request.moveTo(status, clock.instant());
  }

  java.time.Instant now() {
    return clock.instant();
  }

  ChangeRequest find(long id) {
    return requests.findById(id).orElseThrow(() -> new IllegalStateException("No change request " + id));
  }

  static String text(Object value) {
    return value == null ? null : value.toString();
  }

  static BigDecimal decimal(Object value) {
    return value == null ? null : new BigDecimal(value.toString());
  }

  static LocalDate date(Object value) {
    if (value == null) {
      return null;
    }
    if (value instanceof Date date) {
      return date.toInstant().atZone(ZoneOffset.UTC).toLocalDate();
    }
    String text = value.toString();
    return LocalDate.parse(text.length() > 10 ? text.substring(0, 10) : text);
  }
}
