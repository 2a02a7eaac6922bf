package io.pmoflow.onboarding;

import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;

/** The filters of {@code GET /api/vendors}, as text (read by {@link VendorList}). */
public record VendorListParameters(
    @Parameter(
            description = "one or more statuses, separated by commas",
            example = "ACTIVE",
            schema = @Schema(type = "string", allowableValues = {"REGISTERED", "ACTIVE", "ENDED", "CLOSED"}))
        String status,
    @Parameter(description = "text in the vendor's code or company name, whatever its capitals", example = "acme") String q,
    @Parameter(description = "a project's id: the vendors invited to its RFPs or named on its change requests", example = "1")
        String project,
    @Parameter(description = "the contract number, exactly", example = "C-2027-7") String contract) {}
