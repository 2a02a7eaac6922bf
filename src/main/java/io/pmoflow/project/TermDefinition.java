package io.pmoflow.project;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The definition of one dictionary term. */
public record TermDefinition(
    @NotBlank(message = "{pmoflow.validation.required}")
        @Size(max = 4000, message = "{pmoflow.validation.max-characters}")
        String definition) {}
