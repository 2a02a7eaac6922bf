package io.pmoflow.web;

import io.pmoflow.i18n.Languages;
import io.pmoflow.i18n.RequestLanguage;

import java.util.Map;
import org.springframework.web.util.HtmlUtils;

/**
 * A case as a plain page for a browser: the address a mail or Tasklist gives to follow a case
 * answers this to a browser (which asks for HTML) and JSON to a program. Every text is escaped; the
 * page names the request's language (the caller gives the texts in it).
 */
public final class ReadablePage {

  private ReadablePage() {}

  /** The page: its title, then one heading and text per section, in the map's order; empty sections are left out. */
  public static String of(String title, Map<String, ?> sections) {
    StringBuilder html = new StringBuilder("<!DOCTYPE html><html lang=\"" + RequestLanguage.current(Languages.ENGLISH).getLanguage()
            + "\"><head><meta charset=\"utf-8\"><title>")
        .append(esc(title)).append("</title>")
        .append("<style>body{font-family:sans-serif;max-width:60em;margin:2em auto}pre{background:#f4f4f4;padding:.5em;white-space:pre-wrap}</style>")
        .append("</head><body><h1>").append(esc(title)).append("</h1>");
    sections.forEach((heading, text) -> {
      if (text != null && !text.toString().isBlank()) {
        html.append("<h2>").append(esc(heading)).append("</h2><pre>").append(esc(text)).append("</pre>");
      }
    });
    return html.append("</body></html>").toString();
  }

  private static String esc(Object text) {
    return HtmlUtils.htmlEscape(text == null ? "" : text.toString());
  }
}
