package io.pmoflow.specchange;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;

/** One board member's ballot in one voting round on a change request; empty until they vote. */
@Entity
@Table(name = "change_board_vote")
class ChangeBoardVote {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "change_request_id", nullable = false)
  private Long changeRequestId;

  @Column(name = "voting_round", nullable = false)
  private int round;

  @Column(nullable = false)
  private String voter;

  @Column(nullable = false)
  private BigDecimal majority;

  private String vote;

  @Column(name = "voted_at")
  private Instant votedAt;

  protected ChangeBoardVote() {}

  ChangeBoardVote(long changeRequestId, int round, String voter, double majority) {
    this.changeRequestId = changeRequestId;
    this.round = round;
    this.voter = voter;
    this.majority = BigDecimal.valueOf(majority);
  }

  void cast(String vote, Instant at) {
    this.vote = vote;
    this.votedAt = at;
  }

  int getRound() {
    return round;
  }

  String getVoter() {
    return voter;
  }

  double getMajority() {
    return majority.doubleValue();
  }

  String getVote() {
    return vote;
  }
}
