package io.pmoflow.onboarding;

import io.pmoflow.web.HalfWidth;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** One system role a member needs, and why. */
public record AccessRequestInput(
    @Schema(example = "git") @HalfWidth @NotBlank(message = "is required") String system,
    @Schema(example = "developer") @HalfWidth @NotBlank(message = "is required") String role,
    @Schema(example = "Works on the CRM code base")
        @NotBlank(message = "is required")
        @Size(max = 1000, message = "must be at most 1000 characters")
        String justification) {}
