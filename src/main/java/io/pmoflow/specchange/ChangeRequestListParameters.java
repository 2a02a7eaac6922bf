package io.pmoflow.specchange;

import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;

/** The filters of {@code GET /api/change-requests}, as text (read by {@link ChangeRequestList}). */
public record ChangeRequestListParameters(
    @Parameter(description = "the project's id", example = "1") String project,
    @Parameter(
            description = "one or more statuses, separated by commas",
            example = "IN_TRIAGE,IN_APPROVAL",
            schema = @Schema(type = "string", allowableValues = {"SUBMITTED", "IN_TRIAGE", "WAITING_FOR_REQUESTER",
                "IN_ANALYSIS", "IN_APPROVAL", "DEFERRED", "APPROVED", "CLOSED", "REJECTED", "WITHDRAWN", "ROLLED_BACK"}))
        String status,
    @Parameter(
            description = "one or more types, separated by commas",
            example = "EMERGENCY",
            schema = @Schema(type = "string", allowableValues = {"STANDARD", "NORMAL", "EMERGENCY"}))
        String type,
    @Parameter(description = "user id of the requester", example = "peter") String requester,
    @Parameter(description = "text in the title, whatever its capitals", example = "login") String q) {}
