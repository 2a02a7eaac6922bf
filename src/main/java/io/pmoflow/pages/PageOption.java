package io.pmoflow.pages;

/** A choice of a page's select field: the value sent and the label shown. */
public record PageOption(String value, String label) {}
