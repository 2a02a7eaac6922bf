package io.pmoflow.project;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A term of a project's dictionary: what a word means for this client. */
@Entity
@Table(name = "dictionary_term")
public class DictionaryTerm {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "project_id", nullable = false)
  private Long projectId;

  @Column(nullable = false)
  private String term;

  /** The term in lower case: a dictionary holds a word once, whatever its capitals. */
  @Column(name = "term_key", nullable = false)
  private String termKey;

  @Column(nullable = false)
  private String definition;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  @Column(name = "updated_by", nullable = false)
  private String updatedBy;

  protected DictionaryTerm() {}

  DictionaryTerm(Long projectId, String term) {
    this.projectId = projectId;
    this.term = term;
    this.termKey = keyOf(term);
  }

  static String keyOf(String term) {
    return term.strip().toLowerCase(java.util.Locale.ROOT);
  }

  void define(String definition, String by, Instant at) {
    this.definition = definition;
    this.updatedBy = by;
    this.updatedAt = at;
  }

  public Long getId() {
    return id;
  }

  public Long getProjectId() {
    return projectId;
  }

  public String getTerm() {
    return term;
  }

  public String getDefinition() {
    return definition;
  }

  public Instant getUpdatedAt() {
    return updatedAt;
  }

  public String getUpdatedBy() {
    return updatedBy;
  }
}
