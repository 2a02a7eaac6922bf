package io.pmoflow.specchange;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One entry of a change request's decision trail: who did what, when, why, by which rule. */
@Entity
@Table(name = "change_decision")
public class ChangeDecision {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "change_request_id", nullable = false)
  private Long changeRequestId;

  @Column(nullable = false)
  private String step;

  @Column(nullable = false)
  private String outcome;

  @Column(nullable = false)
  private String actor;

  @Column(name = "decided_at", nullable = false)
  private Instant decidedAt;

  @Column(name = "comment_text")
  private String comment;

  @Column(name = "rule_text")
  private String rule;

  protected ChangeDecision() {}

  ChangeDecision(
      Long changeRequestId, String step, String outcome, String actor, Instant at, String comment, String rule) {
    this.changeRequestId = changeRequestId;
    this.step = step;
    this.outcome = outcome;
    this.actor = actor;
    this.decidedAt = at;
    this.comment = cut(comment, 4000);
    this.rule = cut(rule, 1000);
  }

  private static String cut(String text, int max) {
    return text == null || text.length() <= max ? text : text.substring(0, max);
  }

  public Long getId() {
    return id;
  }

  public String getStep() {
    return step;
  }

  public String getOutcome() {
    return outcome;
  }

  public String getActor() {
    return actor;
  }

  public Instant getDecidedAt() {
    return decidedAt;
  }

  public String getComment() {
    return comment;
  }

  public String getRule() {
    return rule;
  }
}
