package io.pmoflow.onboarding;

import io.pmoflow.web.HalfWidth;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/** A vendor member to onboard and the access they need. */
public record NewMember(
    @Schema(example = "Ann Archer") @NotBlank(message = "{pmoflow.validation.required}") @Size(max = 200, message = "{pmoflow.validation.max-characters}") String name,
    @Schema(example = "ann@acme.example") @HalfWidth @NotBlank(message = "{pmoflow.validation.required}") @Email(message = "{pmoflow.validation.email}") @Size(max = 320, message = "{pmoflow.validation.max-characters}") String email,
    @Schema(example = "Developer") @NotBlank(message = "{pmoflow.validation.required}") @Size(max = 200, message = "{pmoflow.validation.max-characters}") String roleInProject,
    @NotNull(message = "{pmoflow.validation.required}") MemberType memberType,
    @NotNull(message = "{pmoflow.validation.required}") List<@NotNull(message = "{pmoflow.validation.not-null}") @Valid AccessRequestInput> access) {}
