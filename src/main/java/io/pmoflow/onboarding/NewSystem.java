package io.pmoflow.onboarding;

import io.pmoflow.web.HalfWidth;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;

/** A system for the catalogue, with its roles and their directory groups. */
public record NewSystem(
    @Schema(example = "git") @HalfWidth @NotBlank(message = "{pmoflow.validation.required}") @Pattern(regexp = "[a-z][a-z0-9-]{1,39}", message = "{pmoflow.validation.vendor-code}") String code,
    @Schema(example = "Source repository") @NotBlank(message = "{pmoflow.validation.required}") @Size(max = 200, message = "{pmoflow.validation.max-characters}") String name,
    @NotNull(message = "{pmoflow.validation.required}") Sensitivity sensitivity,
    @Size(max = 1000, message = "{pmoflow.validation.max-characters}") String description,
    @NotEmpty(message = "{pmoflow.validation.one-role}") List<@NotNull(message = "{pmoflow.validation.not-null}") @Valid Role> roles) {

  public record Role(
      @Schema(example = "developer") @HalfWidth @NotBlank(message = "{pmoflow.validation.required}") @Pattern(regexp = "[a-z][a-z0-9-]{1,39}", message = "{pmoflow.validation.vendor-code}") String code,
      @Schema(example = "Developer") @NotBlank(message = "{pmoflow.validation.required}") @Size(max = 200, message = "{pmoflow.validation.max-characters}") String name,
      @NotNull(message = "{pmoflow.validation.required}") AccessLevel accessLevel,
      @Schema(example = "git-developers") @HalfWidth @NotBlank(message = "{pmoflow.validation.required}") @Pattern(regexp = "[a-zA-Z0-9][a-zA-Z0-9_.-]{0,99}", message = "{pmoflow.validation.id}") String directoryGroup) {}
}
