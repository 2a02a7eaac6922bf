package io.pmoflow.rfp;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;

/** A vendor's proposal as submitted over the API: the price and the attached file's metadata. */
public record NewProposal(
    @NotNull(message = "is required") @DecimalMin(value = "0", message = "must not be negative")
        @Digits(integer = 13, fraction = 2, message = "must be below 10^13 with at most 2 decimals")
        BigDecimal price,
    @Size(max = 4000, message = "must be at most 4000 characters") String summary,
    @NotBlank(message = "is required") @Size(max = 300, message = "must be at most 300 characters")
        String attachmentName,
    @NotBlank(message = "is required") @Size(max = 100, message = "must be at most 100 characters")
        String attachmentType,
    @Positive(message = "must be positive") long attachmentSize) {}
