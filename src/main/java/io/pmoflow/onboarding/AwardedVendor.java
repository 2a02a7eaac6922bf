package io.pmoflow.onboarding;

import java.time.LocalDate;

/** The winner of an RFP, as the award hands it to vendor onboarding. */
public record AwardedVendor(
    long rfpId,
    String code,
    String company,
    String contractNumber,
    LocalDate contractStart,
    LocalDate contractEnd,
    String sponsor,
    String leadName,
    String leadEmail) {}
