package io.pmoflow.rfp;

/** Where an RFP stands. */
public enum RfpStatus {
  DRAFT,
  IN_REVIEW,
  ISSUED,
  EVALUATION,
  AWARD,
  AWARDED,
  CANCELLED
}
