package io.pmoflow.onboarding;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import java.util.List;

/** The members to onboard when a vendor's onboarding starts. */
public record OnboardingRequest(@NotEmpty(message = "must name at least one member") @Valid List<NewMember> members) {}
