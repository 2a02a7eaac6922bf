package io.pmoflow.rfp;

import java.util.stream.Collectors;

/** The ranking as the moderation and award forms show it. */
final class RankingText {

  private RankingText() {}

  static String of(RfpAggregation.Result result) {
    return result.ranking().stream()
        .map(r -> r.rank() + ". " + r.vendorCode() + ": " + r.total() + " points (price " + r.price()
            + (r.disputed() ? "; evaluators differ by " + r.spread() + " points" : "") + ")")
        .collect(Collectors.joining("\n"));
  }
}
