package io.pmoflow.onboarding;

import java.time.LocalDate;
import java.util.Locale;

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
    String leadEmail,
    /* the language of the RFP's project */
    Locale language) {}
