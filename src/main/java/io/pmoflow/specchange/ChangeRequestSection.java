package io.pmoflow.specchange;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The new title and text a change request proposes for one section. */
@Entity
@Table(name = "change_request_section")
public class ChangeRequestSection {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "change_request_id", nullable = false)
  private Long changeRequestId;

  @Column(name = "section_id", nullable = false)
  private Long sectionId;

  @Column(name = "new_title", nullable = false)
  private String newTitle;

  @Column(name = "new_body", nullable = false)
  private String newBody;

  protected ChangeRequestSection() {}

  ChangeRequestSection(Long changeRequestId, Long sectionId, String newTitle, String newBody) {
    this.changeRequestId = changeRequestId;
    this.sectionId = sectionId;
    this.newTitle = newTitle;
    this.newBody = newBody;
  }

  public Long getChangeRequestId() {
    return changeRequestId;
  }

  public Long getSectionId() {
    return sectionId;
  }

  public String getNewTitle() {
    return newTitle;
  }

  public String getNewBody() {
    return newBody;
  }
}
