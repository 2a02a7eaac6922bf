package io.pmoflow.listing;

import io.swagger.v3.oas.annotations.Parameter;

/**
 * The paging and sorting parameters every list takes. They arrive as text and are read by {@link
 * ListInput}, so a bad value is a 400 naming the parameter in plain words.
 */
public record PageParameters(
    @Parameter(description = "the page, from 0 (default 0)", example = "0") String page,
    @Parameter(description = "items per page, 1 to " + Paging.MAX_SIZE + " (default " + Paging.DEFAULT_SIZE + ")", example = "20")
        String size,
    @Parameter(description = "`field,asc` or `field,desc`; the fields each list sorts by are named in its description")
        String sort) {}
