package io.pmoflow.evaluation;

import io.pmoflow.i18n.Text;
import java.util.Locale;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The generated comparison the PMO writes the recommendation on: per candidate its weighted score
 * (0–100: each criterion's average score out of 5, times its weight), its monthly cost, and per
 * criterion the average and every tester's reason.
 */
public record EvaluationComparison(List<CandidateResult> candidates) {

  public record CandidateResult(String code, String name, BigDecimal monthlyCost, BigDecimal weightedScore, List<CriterionResult> criteria) {}

  public record CriterionResult(String name, int weight, BigDecimal average, List<String> reasons) {}

  static EvaluationComparison of(List<Evaluation.Candidate> candidates, List<Evaluation.Criterion> criteria, List<Evaluation.Score> scores) {
    return new EvaluationComparison(candidates.stream().map(candidate -> {
      List<CriterionResult> results = criteria.stream().map(criterion -> {
        List<Evaluation.Score> these = scores.stream()
            .filter(s -> s.candidateCode().equals(candidate.code()) && s.position() == criterion.position())
            .toList();
        BigDecimal average = these.isEmpty() ? BigDecimal.ZERO
            : BigDecimal.valueOf(these.stream().mapToInt(Evaluation.Score::score).sum()).divide(BigDecimal.valueOf(these.size()), 2, RoundingMode.HALF_UP);
        return new CriterionResult(criterion.name(), criterion.weight(), average,
            these.stream().map(s -> s.tester() + " (" + s.score() + "): " + s.reason()).toList());
      }).toList();
      BigDecimal weighted = results.stream()
          .map(r -> r.average().multiply(BigDecimal.valueOf(r.weight())).divide(BigDecimal.valueOf(5), 4, RoundingMode.HALF_UP))
          .reduce(BigDecimal.ZERO, BigDecimal::add)
          .setScale(1, RoundingMode.HALF_UP);
      return new CandidateResult(candidate.code(), candidate.name(), candidate.monthlyCost(), weighted, results);
    }).toList());
  }

  /** The comparison as the PMO's form shows it, best first. */
  String inWords(Locale language) {
    return candidates.stream()
        .sorted((a, b) -> b.weightedScore().compareTo(a.weightedScore()))
        .map(c -> Text.of("evaluation.text.compared", c.name(), c.code(), String.valueOf(c.weightedScore()),
                c.monthlyCost().toPlainString()).in(language) + "\n"
            + c.criteria().stream()
                .map(r -> "  " + Text.of("evaluation.text.compared-criterion", r.name(), String.valueOf(r.weight()),
                        String.valueOf(r.average())).in(language) + "\n"
                    + r.reasons().stream().map(reason -> "    - " + reason).collect(Collectors.joining("\n")))
                .collect(Collectors.joining("\n")))
        .collect(Collectors.joining("\n\n"));
  }
}
