package io.pmoflow.web;

import io.pmoflow.i18n.Text;

/** One invalid field of a request, as listed in the {@code errors} member of a problem. */
public record FieldProblem(String field, String message) {

  /** The problem with its message (a text of the bundle) in the language of the request. */
  public static FieldProblem of(String field, String key, Object... args) {
    return new FieldProblem(field, Text.of(key, args).inRequestLanguage());
  }
}
