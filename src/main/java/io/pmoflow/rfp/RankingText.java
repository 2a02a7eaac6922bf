package io.pmoflow.rfp;

import java.util.stream.Collectors;

/** The ranking as the moderation and award forms show it: who, points, price, disagreement. */
final class RankingText {

  private RankingText() {}

  /** {@code 1. Acme Ltd (acme): 79.00 points, price 100,000}, one a line. */
  static String of(RfpAggregation.Result result, Rfp rfp) {
    return result.ranking().stream()
        .map(r -> r.rank() + ". " + RfpFormTexts.vendorName(rfp, r.vendorCode()) + " (" + r.vendorCode() + "): "
            + r.total() + " points, price " + RfpFormTexts.price(r.price())
            + (r.disputed() ? "; the evaluators differ by " + r.spread() + " points" : ""))
        .collect(Collectors.joining("\n"));
  }
}
