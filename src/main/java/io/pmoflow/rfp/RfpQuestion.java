package io.pmoflow.rfp;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A vendor's question about an RFP and the PMO's answer (sent to all vendors, anonymously). */
@Entity
@Table(name = "rfp_question")
public class RfpQuestion {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "rfp_id")
  private Long rfpId;

  @Column(name = "vendor_code")
  private String vendorCode;

  @Column(name = "asked_by")
  private String askedBy;

  private String question;

  @Column(name = "asked_at")
  private Instant askedAt;

  private String answer;

  @Column(name = "answered_by")
  private String answeredBy;

  @Column(name = "answered_at")
  private Instant answeredAt;

  protected RfpQuestion() {}

  RfpQuestion(Long rfpId, String vendorCode, String askedBy, String question, Instant askedAt) {
    this.rfpId = rfpId;
    this.vendorCode = vendorCode;
    this.askedBy = askedBy;
    this.question = question;
    this.askedAt = askedAt;
  }

  void answer(String answer, String by, Instant at) {
    this.answer = answer;
    this.answeredBy = by;
    this.answeredAt = at;
  }

  public Long getId() {
    return id;
  }

  public Long getRfpId() {
    return rfpId;
  }

  public String getVendorCode() {
    return vendorCode;
  }

  public String getAskedBy() {
    return askedBy;
  }

  public String getQuestion() {
    return question;
  }

  public Instant getAskedAt() {
    return askedAt;
  }

  public String getAnswer() {
    return answer;
  }

  public String getAnsweredBy() {
    return answeredBy;
  }

  public Instant getAnsweredAt() {
    return answeredAt;
  }
}
