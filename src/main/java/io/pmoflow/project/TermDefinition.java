package io.pmoflow.project;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The definition of one dictionary term. */
public record TermDefinition(
    @NotBlank(message = "is required")
        @Size(max = 4000, message = "must be at most 4000 characters")
        String definition) {}
