package io.pmoflow.project;

import io.pmoflow.i18n.Languages;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;

/** A client project that the PMO supports. */
@Entity
@Table(name = "project")
public class Project {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(nullable = false, unique = true)
  private String code;

  @Column(nullable = false)
  private String name;

  @Column(name = "client_department", nullable = false)
  private String clientDepartment;

  @Column(name = "project_manager", nullable = false)
  private String projectManager;

  @Column(name = "pmo_owner", nullable = false)
  private String pmoOwner;

  @Column(nullable = false)
  private BigDecimal budget;

  @Column(name = "planned_start", nullable = false)
  private LocalDate plannedStart;

  @Column(name = "planned_end", nullable = false)
  private LocalDate plannedEnd;

  /** The language tag, {@code ja} or {@code en}: documents and mails to vendors are written in it. */
  @Column(nullable = false)
  private String language;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "created_by", nullable = false)
  private String createdBy;

  protected Project() {}

  Project(NewProject request, Locale language, String createdBy, Instant createdAt) {
    change(request);
    this.language = language.getLanguage();
    this.createdBy = createdBy;
    this.createdAt = createdAt;
  }

  /** Takes the project's details as the PMO entered them again (its language only when given). */
  void change(NewProject request) {
    this.code = request.code();
    this.name = request.name();
    this.clientDepartment = request.clientDepartment();
    this.projectManager = request.projectManager();
    this.pmoOwner = request.pmoOwner();
    this.budget = request.budget();
    this.plannedStart = request.plannedStart();
    this.plannedEnd = request.plannedEnd();
    if (request.language() != null) {
      this.language = Languages.supported(request.language()).getLanguage();
    }
  }

  public Long getId() {
    return id;
  }

  public String getCode() {
    return code;
  }

  public String getName() {
    return name;
  }

  public String getClientDepartment() {
    return clientDepartment;
  }

  public String getProjectManager() {
    return projectManager;
  }

  public String getPmoOwner() {
    return pmoOwner;
  }

  public BigDecimal getBudget() {
    return budget;
  }

  public LocalDate getPlannedStart() {
    return plannedStart;
  }

  public LocalDate getPlannedEnd() {
    return plannedEnd;
  }

  /** The project's language: its RFP document and the mails to its vendors are written in it. */
  public Locale language() {
    return Languages.supported(language);
  }

  void language(Locale language) {
    this.language = Languages.supported(language).getLanguage();
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public String getCreatedBy() {
    return createdBy;
  }
}
