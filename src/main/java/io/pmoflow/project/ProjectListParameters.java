package io.pmoflow.project;

import io.swagger.v3.oas.annotations.Parameter;

/** The filters of {@code GET /api/projects}, as text (read by {@link ProjectList}). */
public record ProjectListParameters(
    @Parameter(description = "text in the project's code or name, whatever its capitals", example = "CRM") String q,
    @Parameter(description = "user id of the project manager", example = "peter") String projectManager,
    @Parameter(description = "user id of the PMO owner", example = "paula") String pmoOwner) {}
