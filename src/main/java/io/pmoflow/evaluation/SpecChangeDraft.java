package io.pmoflow.evaluation;

/** What a PM writes for the spec change they ask for with an accepted recommendation: its title, the section and its new text. */
public record SpecChangeDraft(String title, String sectionKey, String newText) {}
