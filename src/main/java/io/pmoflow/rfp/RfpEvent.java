package io.pmoflow.rfp;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Column;
import jakarta.persistence.Table;
import java.time.Instant;

/** A line of an RFP's history: who did what, when. */
@Entity
@Table(name = "rfp_event")
public class RfpEvent {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "rfp_id")
  private Long rfpId;

  private Instant at;
  private String actor;
  private String event;
  private String detail;

  protected RfpEvent() {}

  RfpEvent(Long rfpId, Instant at, String actor, String event, String detail) {
    this.rfpId = rfpId;
    this.at = at;
    this.actor = actor;
    this.event = event;
    this.detail = detail;
  }

  public Instant getAt() {
    return at;
  }

  public String getActor() {
    return actor;
  }

  public String getEvent() {
    return event;
  }

  public String getDetail() {
    return detail;
  }
}
