package io.pmoflow.onboarding;

import jakarta.validation.constraints.FutureOrPresent;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;

/** A contract extension: the new last day of the contract. */
public record ContractChange(
    @NotNull(message = "{pmoflow.validation.required}")
        @FutureOrPresent(message = "{pmoflow.validation.not-past}")
        LocalDate contractEnd) {}
