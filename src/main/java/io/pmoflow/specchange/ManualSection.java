package io.pmoflow.specchange;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.util.HashSet;
import java.util.Set;

/** A section of the user manual and the UI sections (screens) whose screenshots it shows. */
@Entity
@Table(name = "manual_section")
public class ManualSection {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "project_id", nullable = false)
  private Long projectId;

  @Column(name = "manual_key", nullable = false)
  private String key;

  @Column(nullable = false)
  private String title;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(
      name = "manual_section_screen",
      joinColumns = @JoinColumn(name = "manual_section_id"))
  @Column(name = "spec_section_id")
  private Set<Long> screenSectionIds = new HashSet<>();

  protected ManualSection() {}

  ManualSection(Long projectId, String key) {
    this.projectId = projectId;
    this.key = key;
  }

  void describe(String title, Set<Long> screenSectionIds) {
    this.title = title;
    this.screenSectionIds.clear();
    this.screenSectionIds.addAll(screenSectionIds);
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

  public String getTitle() {
    return title;
  }

  public Set<Long> getScreenSectionIds() {
    return screenSectionIds;
  }
}
