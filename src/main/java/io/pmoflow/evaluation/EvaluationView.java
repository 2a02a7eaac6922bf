package io.pmoflow.evaluation;

import java.time.LocalDate;
import java.util.List;

/** An evaluation as {@code GET /api/evaluations/{id}} answers it: the request, the environments (no password), the trail. */
public record EvaluationView(
    long id,
    String key,
    long projectId,
    String question,
    String status,
    String dataSet,
    LocalDate environmentsUntil,
    String requestedBy,
    String approvalRoute,
    String approvalRule,
    String processInstanceId,
    List<Evaluation.Candidate> candidates,
    List<Evaluation.Criterion> criteria,
    List<String> testers,
    List<Evaluation.Environment> environments,
    String recommendedCandidate,
    String recommendation,
    String followUp,
    String followUpCase,
    List<Evaluation.Decision> trail) {

  static EvaluationView of(Evaluation e, Evaluations store) {
    return new EvaluationView(
        e.id(), e.key(), e.projectId(), e.question(), e.status().name(), e.dataSetCode(), e.environmentsUntil(),
        e.requestedBy(), e.approvalRoute(), e.approvalRule(), e.processInstanceId(), store.candidates(e.id()),
        store.criteria(e.id()), store.testers(e.id()), store.environments(e.id()), e.recommendedCode(),
        e.recommendation(), e.followUp(), e.followUpCase(), store.trail(e.id()));
  }

  /** The answer to a new request. */
  public record Created(long id, String key, String processInstanceId, String status) {}
}
