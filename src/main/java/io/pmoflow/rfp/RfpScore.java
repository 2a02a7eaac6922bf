package io.pmoflow.rfp;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One evaluator's score (0 to 10) of one proposal on one criterion. */
@Entity
@Table(name = "rfp_score")
public class RfpScore {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "rfp_id")
  private Long rfpId;

  @Column(name = "proposal_id")
  private Long proposalId;

  private String evaluator;
  private String criterion;
  private int score;
  private String comment;

  protected RfpScore() {}

  RfpScore(Long rfpId, Long proposalId, String evaluator, String criterion, int score, String comment) {
    this.rfpId = rfpId;
    this.proposalId = proposalId;
    this.evaluator = evaluator;
    this.criterion = criterion;
    this.score = score;
    this.comment = comment;
  }

  public Long getProposalId() {
    return proposalId;
  }

  public String getEvaluator() {
    return evaluator;
  }

  public String getCriterion() {
    return criterion;
  }

  public int getScore() {
    return score;
  }

  public String getComment() {
    return comment;
  }
}
