package io.pmoflow.rfp;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A vendor's question about an RFP. */
public record NewQuestion(
    @NotBlank(message = "{pmoflow.validation.required}") @Size(max = 4000, message = "{pmoflow.validation.max-characters}")
        String question) {}
