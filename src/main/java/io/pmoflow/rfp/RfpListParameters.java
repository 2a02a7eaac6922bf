package io.pmoflow.rfp;

import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;

/** The filters of {@code GET /api/rfps}, as text (read by {@link RfpList}). */
public record RfpListParameters(
    @Parameter(description = "the project's id", example = "1") String project,
    @Parameter(
            description = "one or more statuses, separated by commas",
            example = "ISSUED,EVALUATION",
            schema = @Schema(type = "string", allowableValues = {"DRAFT", "IN_REVIEW", "ISSUED", "EVALUATION", "AWARD", "AWARDED", "CANCELLED"}))
        String status,
    @Parameter(description = "text in the title, whatever its capitals", example = "CRM") String q) {}
