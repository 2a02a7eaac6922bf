package io.pmoflow.onboarding;

import io.pmoflow.web.HalfWidth;
import io.pmoflow.security.PmoGroups;
import io.pmoflow.i18n.Languages;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.FutureOrPresent;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** What the PMO enters to register a vendor under contract. */
public record NewVendor(
    @Schema(description = "short code; the vendor's group is vendor-<code>", example = "acme")
        @HalfWidth
        @NotBlank(message = "{pmoflow.validation.required}")
        @Pattern(regexp = PmoGroups.VENDOR_CODE_PATTERN, message = PmoGroups.VENDOR_CODE_RULE)
        String code,
    @Schema(example = "Acme Ltd") @NotBlank(message = "{pmoflow.validation.required}") @Size(max = 200, message = "{pmoflow.validation.max-characters}") String company,
    @Schema(example = "C-2027-001") @NotBlank(message = "{pmoflow.validation.required}") @Size(max = 60, message = "{pmoflow.validation.max-characters}") String contractNumber,
    @NotNull(message = "{pmoflow.validation.required}") LocalDate contractStart,
    @NotNull(message = "{pmoflow.validation.required}")
        @FutureOrPresent(message = "{pmoflow.validation.contract-not-ended}")
        LocalDate contractEnd,
    boolean ndaOnFile,
    @Schema(description = "user id of the internal sponsor, a project manager (group pm)", example = "peter")
        @NotBlank(message = "{pmoflow.validation.required}")
        String sponsor,
    @Schema(example = "Victor Vendor") @NotBlank(message = "{pmoflow.validation.required}") @Size(max = 200, message = "{pmoflow.validation.max-characters}") String leadName,
    @Schema(example = "victor@acme.example") @NotBlank(message = "{pmoflow.validation.required}") @Email(message = "{pmoflow.validation.email}") @Size(max = 320, message = "{pmoflow.validation.max-characters}") String leadEmail,
    @Schema(description = "the language of the vendor's staff, ja or en: their account activation mails are"
            + " written in it. Not given: the deployment's default language (pmoflow.i18n.default-language).",
            allowableValues = {"ja", "en"}, example = "ja")
        @Pattern(regexp = Languages.TAG_PATTERN, message = Languages.TAG_RULE)
        String language) {

  @Schema(hidden = true)
  @AssertTrue(message = "{pmoflow.validation.not-before-contract-start}")
  boolean isContractEnd() {
    return contractStart == null || contractEnd == null || !contractEnd.isBefore(contractStart);
  }
}
