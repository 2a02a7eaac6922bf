package io.pmoflow.web;

/** One invalid field of a request, as listed in the {@code errors} member of a problem. */
public record FieldProblem(String field, String message) {}
