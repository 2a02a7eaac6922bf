package io.pmoflow.specchange;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The title and text of a section from a baseline on, until a later revision replaces them. */
@Entity
@Table(name = "spec_section_revision")
public class SpecSectionRevision {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "section_id", nullable = false)
  private Long sectionId;

  @Column(nullable = false)
  private int version;

  @Column(nullable = false)
  private String title;

  @Column(nullable = false)
  private String body;

  protected SpecSectionRevision() {}

  SpecSectionRevision(Long sectionId, int version, String title, String body) {
    this.sectionId = sectionId;
    this.version = version;
    this.title = title;
    this.body = body;
  }

  public Long getSectionId() {
    return sectionId;
  }

  public int getVersion() {
    return version;
  }

  public String getTitle() {
    return title;
  }

  public String getBody() {
    return body;
  }
}
