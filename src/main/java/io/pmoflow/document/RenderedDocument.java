package io.pmoflow.document;

/** One rendering of a template: the HTML and the PDF made from it. */
public record RenderedDocument(String template, String html, byte[] pdf) {}
