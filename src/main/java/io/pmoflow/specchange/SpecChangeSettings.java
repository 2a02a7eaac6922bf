package io.pmoflow.specchange;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The configurable parts of the approval: when an approver is reminded and when the PMO is told
 * that a decision is overdue (ISO-8601 durations), and the share of board votes a change needs.
 */
@Component
public class SpecChangeSettings {

  private final String reminderAfter;
  private final String escalateAfter;
  private final double boardMajority;

  SpecChangeSettings(
      @Value("${pmoflow.spec-change.reminder-after:P2D}") String reminderAfter,
      @Value("${pmoflow.spec-change.escalate-after:P5D}") String escalateAfter,
      @Value("${pmoflow.spec-change.board-majority:0.5}") double boardMajority) {
    this.reminderAfter = reminderAfter;
    this.escalateAfter = escalateAfter;
    this.boardMajority = boardMajority;
  }

  public String reminderAfter() {
    return reminderAfter;
  }

  public String escalateAfter() {
    return escalateAfter;
  }

  /** A change passes the board when more than this share of its members approve. */
  public double boardMajority() {
    return boardMajority;
  }
}
