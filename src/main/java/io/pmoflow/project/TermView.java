package io.pmoflow.project;

import java.time.Instant;

public record TermView(String term, String definition, Instant updatedAt, String updatedBy) {

  static TermView of(DictionaryTerm t) {
    return new TermView(t.getTerm(), t.getDefinition(), t.getUpdatedAt(), t.getUpdatedBy());
  }
}
