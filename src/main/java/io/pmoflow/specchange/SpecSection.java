package io.pmoflow.specchange;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A section of a project's specification; its text per baseline is a {@link SpecSectionRevision}. */
@Entity
@Table(name = "spec_section")
public class SpecSection {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "project_id", nullable = false)
  private Long projectId;

  @Column(name = "section_key", nullable = false)
  private String key;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private SectionKind kind;

  protected SpecSection() {}

  SpecSection(Long projectId, String key, SectionKind kind) {
    this.projectId = projectId;
    this.key = key;
    this.kind = kind;
  }

  public Long getId() {
    return id;
  }

  public Long getProjectId() {
    return projectId;
  }

  public String getKey() {
    return key;
  }

  public SectionKind getKind() {
    return kind;
  }
}
