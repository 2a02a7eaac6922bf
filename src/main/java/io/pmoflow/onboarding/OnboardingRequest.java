package io.pmoflow.onboarding;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import java.util.List;

/** The members to onboard when a vendor's onboarding starts. */
public record OnboardingRequest(@NotEmpty(message = "must name at least one member") List<@NotNull(message = "must not be null") @Valid NewMember> members) {}
