package io.pmoflow.evaluation;

/** Where an evaluation stands. Every status but {@code REJECTED} and {@code CLOSED} keeps its environments explained. */
public enum EvaluationStatus {
  AWAITING_APPROVAL,
  REJECTED,
  PROVISIONING,
  IN_TRIAL,
  RECOMMENDING,
  AWAITING_PM,
  ACCEPTED,
  CLOSED
}
