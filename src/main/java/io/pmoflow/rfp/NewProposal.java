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
    @NotNull(message = "{pmoflow.validation.required}") @DecimalMin(value = "0", message = "{pmoflow.validation.not-negative}")
        @Digits(integer = 13, fraction = 2, message = "{pmoflow.validation.amount}")
        BigDecimal price,
    @Size(max = 4000, message = "{pmoflow.validation.max-characters}") String summary,
    @NotBlank(message = "{pmoflow.validation.required}") @Size(max = 300, message = "{pmoflow.validation.max-characters}")
        String attachmentName,
    @NotBlank(message = "{pmoflow.validation.required}") @Size(max = 100, message = "{pmoflow.validation.max-characters}")
        String attachmentType,
    @Positive(message = "{pmoflow.validation.positive}") long attachmentSize) {}
