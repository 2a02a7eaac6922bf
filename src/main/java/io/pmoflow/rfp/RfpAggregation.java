package io.pmoflow.rfp;

import io.pmoflow.rfp.RfpParts.Criterion;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Weighted totals and a ranking. An evaluator's total for a proposal is the sum over criteria of
 * score (0 to 10) times weight, divided by 10: 0 to 100 points. A proposal's total is the mean of
 * its evaluators' totals; when their totals differ by more than the allowed spread, the evaluators
 * disagree and the scores are moderated before the award.
 */
public final class RfpAggregation {

  /** A score as the aggregation needs it. */
  public record Score(long proposalId, String evaluator, String criterion, int score) {}

  public record Bid(long proposalId, String vendorCode, BigDecimal price) {}

  public record Ranked(
      int rank,
      String vendorCode,
      long proposalId,
      BigDecimal total,
      BigDecimal spread,
      BigDecimal price,
      boolean disputed) {}

  public record Result(List<Ranked> ranking, boolean needsModeration) {

    public String topVendor() {
      return ranking.isEmpty() ? null : ranking.get(0).vendorCode();
    }
  }

  private RfpAggregation() {}

  public static Result aggregate(
      List<Criterion> criteria, List<Bid> bids, List<Score> scores, BigDecimal allowedSpread) {
    Map<String, Integer> weights = new LinkedHashMap<>();
    criteria.forEach(c -> weights.put(c.name(), c.weight()));
    List<Ranked> unranked = new ArrayList<>();
    for (Bid bid : bids) {
      Map<String, BigDecimal> byEvaluator = new LinkedHashMap<>();
      for (Score s : scores) {
        if (s.proposalId() == bid.proposalId() && weights.containsKey(s.criterion())) {
          BigDecimal points =
              BigDecimal.valueOf((long) s.score() * weights.get(s.criterion()))
                  .divide(BigDecimal.TEN, 4, RoundingMode.HALF_UP);
          byEvaluator.merge(s.evaluator(), points, BigDecimal::add);
        }
      }
      BigDecimal total =
          byEvaluator.isEmpty()
              ? BigDecimal.ZERO
              : byEvaluator.values().stream()
                  .reduce(BigDecimal.ZERO, BigDecimal::add)
                  .divide(BigDecimal.valueOf(byEvaluator.size()), 2, RoundingMode.HALF_UP);
      BigDecimal spread =
          byEvaluator.isEmpty()
              ? BigDecimal.ZERO
              : byEvaluator.values().stream().max(Comparator.naturalOrder()).orElseThrow()
                  .subtract(byEvaluator.values().stream().min(Comparator.naturalOrder()).orElseThrow())
                  .setScale(2, RoundingMode.HALF_UP);
      unranked.add(
          new Ranked(0, bid.vendorCode(), bid.proposalId(), total, spread, bid.price(),
              spread.compareTo(allowedSpread) > 0));
    }
    unranked.sort(
        Comparator.comparing(Ranked::total).reversed()
            .thenComparing(Ranked::price, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(Ranked::vendorCode));
    List<Ranked> ranking = new ArrayList<>();
    for (int i = 0; i < unranked.size(); i++) {
      Ranked r = unranked.get(i);
      ranking.add(new Ranked(i + 1, r.vendorCode(), r.proposalId(), r.total(), r.spread(), r.price(), r.disputed()));
    }
    return new Result(List.copyOf(ranking), ranking.stream().anyMatch(Ranked::disputed));
  }
}
