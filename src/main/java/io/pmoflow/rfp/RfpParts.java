package io.pmoflow.rfp;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/** The parts of an RFP that are kept as ordered lists of values. */
public final class RfpParts {

  private RfpParts() {}

  public enum Priority {
    MUST,
    SHOULD
  }

  public enum Kind {
    FUNCTIONAL,
    NON_FUNCTIONAL
  }

  public enum VendorStatus {
    INVITED,
    INTENDS_TO_BID,
    DECLINED,
    SUBMITTED
  }

  /** A requirement with its id as the RFP names it (e.g. {@code F-01}). */
  @Embeddable
  public record Requirement(
      @Column(name = "code") String id,
      @Enumerated(EnumType.STRING) Priority priority,
      @Enumerated(EnumType.STRING) Kind kind,
      @Column(name = "description") String text) {}

  /** A deliverable; its description is optional, stored as empty text when there is none. */
  @Embeddable
  public record Deliverable(String name, String description) {

    public Deliverable {
      description = description == null ? "" : description;
    }
  }

  /** An evaluation criterion; the weights of an RFP's criteria sum to 100. */
  @Embeddable
  public record Criterion(String name, int weight) {}

  /** An invited vendor: its code names its group ({@code vendor-<code>}). */
  @Embeddable
  public record Vendor(
      String code, String name, String email, @Enumerated(EnumType.STRING) VendorStatus status) {

    Vendor withStatus(VendorStatus next) {
      return new Vendor(code, name, email, next);
    }
  }
}
