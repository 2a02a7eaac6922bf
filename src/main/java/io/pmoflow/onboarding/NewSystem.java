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
    @Schema(example = "git") @HalfWidth @NotBlank(message = "is required") @Pattern(regexp = "[a-z][a-z0-9-]{1,39}", message = "must be 2 to 40 lower-case letters, digits or dashes") String code,
    @Schema(example = "Source repository") @NotBlank(message = "is required") @Size(max = 200, message = "must be at most 200 characters") String name,
    @NotNull(message = "is required") Sensitivity sensitivity,
    @Size(max = 1000, message = "must be at most 1000 characters") String description,
    @NotEmpty(message = "must name at least one role") List<@NotNull(message = "must not be null") @Valid Role> roles) {

  public record Role(
      @Schema(example = "developer") @HalfWidth @NotBlank(message = "is required") @Pattern(regexp = "[a-z][a-z0-9-]{1,39}", message = "must be 2 to 40 lower-case letters, digits or dashes") String code,
      @Schema(example = "Developer") @NotBlank(message = "is required") @Size(max = 200, message = "must be at most 200 characters") String name,
      @NotNull(message = "is required") AccessLevel accessLevel,
      @Schema(example = "git-developers") @HalfWidth @NotBlank(message = "is required") @Pattern(regexp = "[a-zA-Z0-9][a-zA-Z0-9_.-]{0,99}", message = "must be letters, digits, dots, dashes or underscores") String directoryGroup) {}
}
