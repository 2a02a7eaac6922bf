package io.pmoflow.onboarding;

import io.pmoflow.web.HalfWidth;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** One system role a member needs, and why. */
public record AccessRequestInput(
    @Schema(example = "git") @HalfWidth @NotBlank(message = "{pmoflow.validation.required}") String system,
    @Schema(example = "developer") @HalfWidth @NotBlank(message = "{pmoflow.validation.required}") String role,
    @Schema(example = "Works on the CRM code base")
        @NotBlank(message = "{pmoflow.validation.required}")
        @Size(max = 1000, message = "{pmoflow.validation.max-characters}")
        String justification) {}
