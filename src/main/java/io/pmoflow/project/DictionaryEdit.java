package io.pmoflow.project;

import io.pmoflow.pages.FieldErrors;

/**
 * A dictionary term as typed on the project's page: kept with its refusal, so the row (or the form
 * for a new term) shows what was typed and why it was refused.
 */
public class DictionaryEdit {

  private String term = "";
  private String definition = "";
  private FieldErrors errors = FieldErrors.none();

  public String getTerm() {
    return term;
  }

  public void setTerm(String term) {
    this.term = term == null ? "" : term;
  }

  public String getDefinition() {
    return definition;
  }

  public void setDefinition(String definition) {
    this.definition = definition == null ? "" : definition;
  }

  public FieldErrors errors() {
    return errors;
  }

  void refused(FieldErrors errors) {
    this.errors = errors;
  }

  /** Whether this edit is of the term (whatever its capitals). */
  public boolean isOf(String otherTerm) {
    return !term.isBlank() && DictionaryTerm.keyOf(term).equals(DictionaryTerm.keyOf(otherTerm));
  }
}
