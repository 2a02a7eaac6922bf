package io.pmoflow.onboarding;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import java.util.List;

/** The members to onboard when a vendor's onboarding starts. */
public record OnboardingRequest(@NotEmpty(message = "{pmoflow.validation.one-member}") List<@NotNull(message = "{pmoflow.validation.not-null}") @Valid NewMember> members) {}
