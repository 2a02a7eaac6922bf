package io.pmoflow.evaluation;

import io.pmoflow.evaluation.environment.EvaluationEnvironments.DataSet;
import io.pmoflow.web.FieldProblem;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * What a request must be before anything is written or started, for the API and the start form
 * alike: each broken rule is a problem naming its field ({@code candidates[1].code}).
 */
final class EvaluationRules {

  static final String CANDIDATE_CODE = "[a-z][a-z0-9]{1,19}";
  static final int MIN_CANDIDATES = 2;
  static final int MAX_CANDIDATES = 5;

  private EvaluationRules() {}

  /**
   * @param isTester whether the id is a person of the organisation who may test
   * @param inDirectory whether the directory has an entry for the id: an environment's directory group
   *     can only hold people the directory knows, never a name that some later account would inherit
   */
  static List<FieldProblem> check(
      NewEvaluation request, Predicate<String> isTester, Predicate<String> inDirectory,
      Function<String, Optional<DataSet>> dataSets, LocalDate today, int maxDays) {
    List<FieldProblem> problems = new ArrayList<>();
    if (request.projectId() == null) {
      problems.add(FieldProblem.of("projectId", "evaluation.refused.required"));
    }
    if (blank(request.question())) {
      problems.add(FieldProblem.of("question", "evaluation.refused.required"));
    } else if (request.question().length() > 1000) {
      problems.add(FieldProblem.of("question", "evaluation.refused.too-long", 1000));
    }
    checkCandidates(request.candidates(), problems);
    checkCriteria(request.criteria(), problems);
    List<String> testers = request.testers() == null ? List.of() : request.testers();
    if (testers.isEmpty()) {
      problems.add(FieldProblem.of("testers", "evaluation.refused.no-tester"));
    }
    Set<String> seenTesters = new HashSet<>();
    for (int i = 0; i < testers.size(); i++) {
      String tester = testers.get(i);
      if (blank(tester) || !isTester.test(tester)) {
        problems.add(FieldProblem.of("testers[" + i + "]", "evaluation.refused.no-such-user", String.valueOf(tester)));
      } else if (!seenTesters.add(tester)) {
        problems.add(FieldProblem.of("testers[" + i + "]", "evaluation.refused.twice", tester));
      } else if (!inDirectory.test(tester)) {
        problems.add(FieldProblem.of("testers[" + i + "]", "evaluation.refused.not-in-directory", tester));
      }
    }
    if (blank(request.dataSet())) {
      problems.add(FieldProblem.of("dataSet", "evaluation.refused.required"));
    } else if (dataSets.apply(request.dataSet()).isEmpty()) {
      problems.add(FieldProblem.of("dataSet", "evaluation.refused.no-such-data-set", request.dataSet()));
    }
    LocalDate until = request.environmentsUntil();
    if (until == null) {
      problems.add(FieldProblem.of("environmentsUntil", "evaluation.refused.required"));
    } else if (!until.isAfter(today)) {
      problems.add(FieldProblem.of("environmentsUntil", "evaluation.refused.not-in-future"));
    } else if (until.isAfter(today.plusDays(maxDays))) {
      problems.add(FieldProblem.of("environmentsUntil", "evaluation.refused.too-late", maxDays));
    }
    return problems;
  }

  private static void checkCandidates(List<NewEvaluation.Candidate> candidates, List<FieldProblem> problems) {
    if (candidates == null || candidates.size() < MIN_CANDIDATES || candidates.size() > MAX_CANDIDATES) {
      problems.add(FieldProblem.of("candidates", "evaluation.refused.candidate-count", MIN_CANDIDATES, MAX_CANDIDATES));
      if (candidates == null) {
        return;
      }
    }
    Set<String> codes = new HashSet<>();
    for (int i = 0; i < candidates.size(); i++) {
      NewEvaluation.Candidate candidate = candidates.get(i);
      String at = "candidates[" + i + "].";
      if (candidate == null) {
        problems.add(FieldProblem.of("candidates[" + i + "]", "evaluation.refused.required"));
        continue;
      }
      if (candidate.code() == null || !candidate.code().matches(CANDIDATE_CODE)) {
        problems.add(FieldProblem.of(at + "code", "evaluation.refused.candidate-code"));
      } else if (!codes.add(candidate.code())) {
        problems.add(FieldProblem.of(at + "code", "evaluation.refused.twice", candidate.code()));
      }
      if (blank(candidate.name())) {
        problems.add(FieldProblem.of(at + "name", "evaluation.refused.required"));
      } else if (candidate.name().length() > 200) {
        problems.add(FieldProblem.of(at + "name", "evaluation.refused.too-long", 200));
      }
      if (candidate.monthlyCost() == null || candidate.monthlyCost().signum() < 0
          || candidate.monthlyCost().compareTo(new BigDecimal("1000000000")) >= 0) {
        problems.add(FieldProblem.of(at + "monthlyCost", "evaluation.refused.cost"));
      }
    }
  }

  private static void checkCriteria(List<NewEvaluation.Criterion> criteria, List<FieldProblem> problems) {
    if (criteria == null || criteria.isEmpty() || criteria.size() > 10) {
      problems.add(FieldProblem.of("criteria", "evaluation.refused.criterion-count"));
      return;
    }
    int sum = 0;
    boolean weightsKnown = true;
    Set<String> names = new HashSet<>();
    for (int i = 0; i < criteria.size(); i++) {
      NewEvaluation.Criterion criterion = criteria.get(i);
      String at = "criteria[" + i + "].";
      if (criterion == null || blank(criterion.name())) {
        problems.add(FieldProblem.of(at + "name", "evaluation.refused.required"));
      } else if (criterion.name().length() > 200 || criterion.name().contains("|")) {
        problems.add(FieldProblem.of(at + "name", "evaluation.refused.criterion-name"));
      } else if (!names.add(criterion.name().strip().toLowerCase(java.util.Locale.ROOT))) {
        problems.add(FieldProblem.of(at + "name", "evaluation.refused.twice", criterion.name()));
      }
      if (criterion == null || criterion.weight() == null || criterion.weight() < 1 || criterion.weight() > 100) {
        problems.add(FieldProblem.of(at + "weight", "evaluation.refused.weight"));
        weightsKnown = false;
      } else {
        sum += criterion.weight();
      }
    }
    if (weightsKnown && sum != 100) {
      problems.add(FieldProblem.of("criteria", "evaluation.refused.weights-sum", sum));
    }
  }

  private static boolean blank(String text) {
    return text == null || text.isBlank();
  }
}
