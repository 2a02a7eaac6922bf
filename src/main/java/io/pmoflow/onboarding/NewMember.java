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
    @Schema(example = "Ann Archer") @NotBlank(message = "is required") @Size(max = 200, message = "must be at most 200 characters") String name,
    @Schema(example = "ann@acme.example") @HalfWidth @NotBlank(message = "is required") @Email(message = "must be an e-mail address") @Size(max = 320, message = "must be at most 320 characters") String email,
    @Schema(example = "Developer") @NotBlank(message = "is required") @Size(max = 200, message = "must be at most 200 characters") String roleInProject,
    @NotNull(message = "is required") MemberType memberType,
    @NotNull(message = "is required") List<@NotNull(message = "must not be null") @Valid AccessRequestInput> access) {}
