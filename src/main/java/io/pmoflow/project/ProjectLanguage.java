package io.pmoflow.project;

import io.pmoflow.i18n.Languages;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;

/** A project's language, as {@code PUT /api/projects/{id}/language} takes it. */
public record ProjectLanguage(
    @Schema(description = DESCRIPTION, allowableValues = {"ja", "en"}, example = "ja")
        @NotBlank(message = "{pmoflow.validation.required}")
        @Pattern(regexp = PATTERN, message = MESSAGE)
        String language) {

  static final String DESCRIPTION =
      "The project's language, ja (Japanese) or en (English): the RFP document and the mails to the"
          + " project's vendors are written in it.";
  static final String PATTERN = Languages.TAG_PATTERN;
  static final String MESSAGE = Languages.TAG_RULE;
}
