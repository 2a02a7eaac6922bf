package io.pmoflow.rfp;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;

/** A vendor's proposal as submitted over the API: the price and a summary (its files come as parts of the upload). */
public record NewProposal(
    @NotNull(message = "{pmoflow.validation.required}") @DecimalMin(value = "0", message = "{pmoflow.validation.not-negative}")
        @Digits(integer = 13, fraction = 2, message = "{pmoflow.validation.amount}")
        BigDecimal price,
    @Size(max = 4000, message = "{pmoflow.validation.max-characters}") String summary) {}
