package io.pmoflow.rfp;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A vendor's question about an RFP. */
public record NewQuestion(
    @NotBlank(message = "is required") @Size(max = 4000, message = "must be at most 4000 characters")
        String question) {}
