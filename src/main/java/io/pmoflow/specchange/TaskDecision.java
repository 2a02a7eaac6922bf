package io.pmoflow.specchange;

/**
 * A person's step of {@code spec-change-approval} as the decision trail records it: the task's
 * name, who completed it, and their comment.
 */
public record TaskDecision(String step, String actor, String comment) {}
