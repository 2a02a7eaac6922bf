package io.pmoflow.specchange;

import static io.pmoflow.specchange.ChangeRequestProgress.decimal;

import java.util.Locale;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The PMO's triage and impact analysis of a change request, the requester's answers, the vendor's estimate. */
@Service
public class ChangeRequestAnalysis {

  /** What the impact analysis found, the numbers as Tasklist sent them (Integer, Long or Double). */
  public record Impact(
      Object effortDays, Object cost, Object delayDays, String risk, String deliverables, boolean contractChange) {}

  private final ChangeRequestProgress progress;

  ChangeRequestAnalysis(ChangeRequestProgress progress) {
    this.progress = progress;
  }

  /**
   * Records the triage: a complete request is classified, an incomplete one carries the PMO's
   * question, a deferred one its follow-up date.
   */
  @Transactional
  public void triaged(long id, TaskDecision decision, String outcome, String changeType, String question, Object followUpDate) {
    ChangeRequest request = progress.find(id);
    String recorded = outcome;
    String comment = decision.comment();
    if (changeType != null) {
      request.classify(ChangeType.valueOf(changeType.toUpperCase(Locale.ROOT)));
    }
    if ("incomplete".equals(outcome)) {
      request.ask(question);
      comment = question;
    } else if ("deferred".equals(outcome)) {
      progress.defer(request, followUpDate);
    } else if ("complete".equals(outcome)) {
      recorded = "complete, classified " + request.getType().processValue();
    }
    progress.record(request, decision, recorded, comment);
  }

  /** Records the requester's answer to the PMO's question. */
  @Transactional
  public void answered(long id, TaskDecision decision, String answer) {
    ChangeRequest request = progress.find(id);
    request.answer(answer);
    progress.record(request, decision, "answered", answer);
  }

  /** Records the impact figures on the request and in the trail. */
  @Transactional
  public void impactAssessed(long id, TaskDecision decision, Impact impact) {
    ChangeRequest request = progress.find(id);
    request.assessImpact(
        decimal(impact.effortDays()), decimal(impact.cost()),
        impact.delayDays() == null ? null : ((Number) impact.delayDays()).intValue(),
        impact.risk(), impact.deliverables(), impact.contractChange());
    progress.record(request, decision,
        "cost " + impact.cost() + ", delay " + impact.delayDays() + " days" + (impact.contractChange() ? ", contract change" : ""),
        decision.comment());
  }

  /** Records the vendor's estimate of effort and cost. */
  @Transactional
  public void vendorEstimated(long id, TaskDecision decision, Object effortDays, Object cost) {
    ChangeRequest request = progress.find(id);
    request.estimateByVendor(decimal(effortDays), decimal(cost));
    progress.record(request, decision, "estimated " + effortDays + " person-days, cost " + cost, decision.comment());
  }
}
