package io.pmoflow.project;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;

public record TermRevisionView(
    String term,
    @Schema(description = "the definition from then on; null when the term was removed") String definition,
    Instant changedAt,
    String changedBy) {

  static TermRevisionView of(TermRevision r) {
    return new TermRevisionView(r.getTerm(), r.getDefinition(), r.getChangedAt(), r.getChangedBy());
  }
}
