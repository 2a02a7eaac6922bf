package io.pmoflow.onboarding;

import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;

/** A contract extension: the new last day of the contract. */
public record ContractChange(@NotNull(message = "is required") LocalDate contractEnd) {}
