package io.pmoflow.project;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One definition a dictionary term had, or its removal (no definition): who, when. */
@Entity
@Table(name = "dictionary_term_revision")
public class TermRevision {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "project_id", nullable = false)
  private Long projectId;

  @Column(name = "term_key", nullable = false)
  private String termKey;

  @Column(nullable = false)
  private String term;

  private String definition;

  @Column(name = "changed_at", nullable = false)
  private Instant changedAt;

  @Column(name = "changed_by", nullable = false)
  private String changedBy;

  protected TermRevision() {}

  TermRevision(Long projectId, String term, String definition, String by, Instant at) {
    this.projectId = projectId;
    this.term = term;
    this.termKey = DictionaryTerm.keyOf(term);
    this.definition = definition;
    this.changedBy = by;
    this.changedAt = at;
  }

  public String getTerm() {
    return term;
  }

  /** The definition from then on; null when the term was removed. */
  public String getDefinition() {
    return definition;
  }

  public Instant getChangedAt() {
    return changedAt;
  }

  public String getChangedBy() {
    return changedBy;
  }
}
