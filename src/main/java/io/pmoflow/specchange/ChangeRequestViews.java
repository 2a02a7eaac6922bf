package io.pmoflow.specchange;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** Request bodies and views of the change-request API. */
public final class ChangeRequestViews {

  private ChangeRequestViews() {}

  public record NewChangeRequest(
      @Schema(example = "1") @NotNull(message = "{pmoflow.validation.required}") Long projectId,
      @NotBlank(message = "{pmoflow.validation.required}") @Size(max = 200, message = "{pmoflow.validation.max-characters}")
          String title,
      @NotBlank(message = "{pmoflow.validation.required}") @Size(max = 4000, message = "{pmoflow.validation.max-characters}")
          String description,
      @Size(max = 2000, message = "{pmoflow.validation.max-characters}") String reason,
      @Schema(description = "on whose behalf: PM, CLIENT or VENDOR") @NotNull(message = "{pmoflow.validation.required}")
          RequesterRole requesterRole,
      @Schema(description = "the type the requester proposes; triage decides (default NORMAL)")
          ChangeType type,
      @Schema(description = "the vendor whose delivered work the change touches (code, e.g. acme)")
          @Size(max = 40, message = "{pmoflow.validation.max-characters}")
          String vendorCode,
      @Schema(description = "the baseline the change is written against (default: the current one)")
          @Positive(message = "{pmoflow.validation.positive}")
          Integer baseVersion,
      @NotEmpty(message = "{pmoflow.validation.required}") List<@NotNull(message = "{pmoflow.validation.not-null}") @Valid SectionChange> changes) {}

  public record SectionChange(
      @Schema(example = "UI-LOGIN") @NotBlank(message = "{pmoflow.validation.required}") String sectionKey,
      @Schema(description = "new title (default: unchanged)")
          @Size(max = 200, message = "{pmoflow.validation.max-characters}")
          String newTitle,
      @NotBlank(message = "{pmoflow.validation.required}") @Size(max = 20000, message = "{pmoflow.validation.max-characters}")
          String newText) {}

  public record Answer(
      @NotBlank(message = "{pmoflow.validation.required}") @Size(max = 4000, message = "{pmoflow.validation.max-characters}")
          String answer) {}

  public record Withdrawal(@Size(max = 2000, message = "{pmoflow.validation.max-characters}") String reason) {}

  public record Created(Long id, String processInstanceId) {}

  public record ProposedChange(String sectionKey, String newTitle, String newText) {}

  public record TrailEntry(
      String step, String outcome, String actor, Instant at, String comment, String rule) {}

  public record Impact(
      BigDecimal effortDays,
      BigDecimal cost,
      Integer delayDays,
      String risk,
      String deliverables,
      boolean contractChange,
      BigDecimal vendorEffortDays,
      BigDecimal vendorCost) {}

  public record ChangeRequestView(
      Long id,
      Long projectId,
      String title,
      String description,
      String reason,
      String requester,
      RequesterRole requesterRole,
      String vendorCode,
      ChangeType type,
      ChangeStatus status,
      List<String> currentSteps,
      int baseVersion,
      Integer resultingVersion,
      String question,
      String answer,
      LocalDate followUpDate,
      Impact impact,
      List<ProposedChange> changes,
      String processInstanceId,
      List<TrailEntry> trail) {}
}
