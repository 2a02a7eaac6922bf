package io.pmoflow.specchange;

import io.pmoflow.web.HalfWidth;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;

/** The request bodies of the specification API. */
public final class SpecRequests {

  private SpecRequests() {}

  static final String KEY_PATTERN = "[A-Z][A-Z0-9-]{1,39}";
  static final String KEY_MESSAGE = "must be 2 to 40 capital letters, digits or dashes, starting with a letter";

  /** A project's first specification: becomes baseline v1. */
  public record InitialSpec(
      @NotEmpty(message = "{pmoflow.validation.required}") List<@NotNull(message = "{pmoflow.validation.not-null}") @Valid SectionInput> sections,
      List<@NotNull(message = "{pmoflow.validation.not-null}") @Valid ManualSectionInput> manualSections) {}

  public record SectionInput(
      @Schema(example = "UI-LOGIN")
          @HalfWidth
          @NotBlank(message = "{pmoflow.validation.required}")
          @Pattern(regexp = KEY_PATTERN, message = KEY_MESSAGE)
          String key,
      @NotNull(message = "{pmoflow.validation.required}") SectionKind kind,
      @NotBlank(message = "{pmoflow.validation.required}") @Size(max = 200, message = "{pmoflow.validation.max-characters}")
          String title,
      @NotBlank(message = "{pmoflow.validation.required}") @Size(max = 20000, message = "{pmoflow.validation.max-characters}")
          String text) {}

  /** A section of the user manual and the keys of the UI sections whose screens it shows. */
  public record ManualSectionInput(
      @Schema(example = "MAN-LOGIN")
          @HalfWidth
          @NotBlank(message = "{pmoflow.validation.required}")
          @Pattern(regexp = KEY_PATTERN, message = KEY_MESSAGE)
          String key,
      @NotBlank(message = "{pmoflow.validation.required}") @Size(max = 200, message = "{pmoflow.validation.max-characters}")
          String title,
      @NotEmpty(message = "{pmoflow.validation.required}") List<@NotBlank(message = "{pmoflow.validation.not-blank}") String> screens) {}
}
