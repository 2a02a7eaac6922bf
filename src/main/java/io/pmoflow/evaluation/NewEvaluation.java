package io.pmoflow.evaluation;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * A request to evaluate candidate tools side by side ({@code POST /api/evaluations}, or the Tasklist
 * start form turned into the same record): the question, 2–5 candidates, criteria whose weights add
 * up to 100, the testers, the data set to load and the last day the environments may live.
 */
public record NewEvaluation(
    Long projectId,
    String question,
    List<Candidate> candidates,
    List<Criterion> criteria,
    List<String> testers,
    String dataSet,
    LocalDate environmentsUntil) {

  /** A candidate tool: a short code (lower case, it names the environment), its name, its monthly cost in yen. */
  public record Candidate(String code, String name, BigDecimal monthlyCost) {}

  /** A criterion the testers score from 1 to 5, and its weight in per cent. */
  public record Criterion(String name, Integer weight) {}
}
