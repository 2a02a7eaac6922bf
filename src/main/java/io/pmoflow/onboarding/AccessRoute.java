package io.pmoflow.onboarding;

/**
 * The route the {@code access-approval} table chose for one request, with what the audit needs:
 * the rule that matched (its text), the inputs it read in words, and the table's version.
 */
public record AccessRoute(String route, String rule, String inputs, String table) {}
