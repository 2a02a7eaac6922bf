package io.pmoflow.project;

import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

public record ProjectView(
    Long id,
    String code,
    String name,
    String clientDepartment,
    String projectManager,
    String pmoOwner,
    BigDecimal budget,
    LocalDate plannedStart,
    LocalDate plannedEnd,
    @Schema(description = ProjectLanguage.DESCRIPTION, allowableValues = {"ja", "en"}) String language,
    Instant createdAt,
    String createdBy) {

  static ProjectView of(Project p) {
    return new ProjectView(
        p.getId(),
        p.getCode(),
        p.getName(),
        p.getClientDepartment(),
        p.getProjectManager(),
        p.getPmoOwner(),
        p.getBudget(),
        p.getPlannedStart(),
        p.getPlannedEnd(),
        p.language().getLanguage(),
        p.getCreatedAt(),
        p.getCreatedBy());
  }
}
