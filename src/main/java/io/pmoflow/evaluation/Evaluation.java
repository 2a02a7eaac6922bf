package io.pmoflow.evaluation;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/** One evaluation as stored (table {@code evaluation}). */
public record Evaluation(
    long id,
    long projectId,
    String question,
    String dataSetCode,
    LocalDate environmentsUntil,
    String requestedBy,
    Instant requestedAt,
    EvaluationStatus status,
    String approvalRoute,
    String approvalRule,
    String processInstanceId,
    String recommendedCode,
    String recommendation,
    String risks,
    String followUp,
    String followUpCase,
    LocalDate extensionUntil) {

  /** The key people know it by: {@code EV-7}. */
  public String key() {
    return "EV-" + id;
  }

  /** The key and the question, as the tasks' names carry it. */
  public String label() {
    String shortQuestion = question.length() > 80 ? question.substring(0, 77) + "..." : question;
    return key() + ": " + shortQuestion;
  }

  /** A candidate tool of the evaluation. */
  public record Candidate(int position, String code, String name, BigDecimal monthlyCost) {}

  /** A weighted criterion. */
  public record Criterion(int position, String name, int weight) {}

  /** One tester's sheet for one candidate. */
  public record Sheet(long id, long evaluationId, String tester, String candidateCode, Instant submittedAt) {}

  /** A tester's score on one criterion, with the reason. */
  public record Score(long sheetId, String tester, String candidateCode, int position, int score, String reason) {}

  /** One entry of the decision trail. */
  public record Decision(String step, String outcome, String actor, Instant decidedAt, String reason) {}

  /** An environment as recorded here: made and, once, removed. */
  public record Environment(
      String candidateCode, String environmentKey, String databaseName, String directoryGroup, Instant provisionedAt,
      Instant tornDownAt) {}
}
