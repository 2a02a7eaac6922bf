package io.pmoflow.project;

import io.pmoflow.web.HalfWidth;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;

/** What the PMO enters to register a project. */
public record NewProject(
    @Schema(example = "CRM-2027")
        @HalfWidth
        @NotBlank(message = "{pmoflow.validation.required}")
        @Pattern(
            regexp = "[A-Z][A-Z0-9-]{1,19}",
            message = "{pmoflow.validation.project-code}")
        String code,
    @Schema(example = "New customer relationship system")
        @NotBlank(message = "{pmoflow.validation.required}")
        @Size(max = 200, message = "{pmoflow.validation.max-characters}")
        String name,
    @Schema(example = "Sales")
        @NotBlank(message = "{pmoflow.validation.required}")
        @Size(max = 200, message = "{pmoflow.validation.max-characters}")
        String clientDepartment,
    @Schema(description = "user id of the client's project manager (group pm)", example = "peter")
        @NotBlank(message = "{pmoflow.validation.required}")
        String projectManager,
    @Schema(description = "user id of the PMO owner (group pmo)", example = "paula")
        @NotBlank(message = "{pmoflow.validation.required}")
        String pmoOwner,
    @Schema(example = "250000")
        @NotNull(message = "{pmoflow.validation.required}")
        @DecimalMin(value = "0", message = "{pmoflow.validation.not-negative}")
        @Digits(integer = 13, fraction = 2, message = "{pmoflow.validation.amount}")
        BigDecimal budget,
    @NotNull(message = "{pmoflow.validation.required}") LocalDate plannedStart,
    @NotNull(message = "{pmoflow.validation.required}") LocalDate plannedEnd,
    @Schema(description = ProjectLanguage.DESCRIPTION + " Not given: the deployment's default language"
            + " (pmoflow.i18n.default-language).", allowableValues = {"ja", "en"}, example = "ja")
        @Pattern(regexp = ProjectLanguage.PATTERN, message = ProjectLanguage.MESSAGE)
        String language) {

  @Schema(hidden = true)
  @AssertTrue(message = "{pmoflow.validation.not-before-planned-start}")
  boolean isPlannedEnd() {
    return plannedStart == null || plannedEnd == null || !plannedEnd.isBefore(plannedStart);
  }
}
