package io.pmoflow.rfp;

import io.pmoflow.i18n.Text;
import java.util.Locale;
import java.util.stream.Collectors;

/** The ranking as the moderation and award forms show it: who, points, price, disagreement. */
final class RankingText {

  private RankingText() {}

  /** {@code 1. Acme Ltd (acme): 79.00 points, price 100,000}, one a line. */
  static String of(RfpAggregation.Result result, Rfp rfp, Locale language) {
    return result.ranking().stream()
        .map(r -> Text.of("rfp.text.ranking", String.valueOf(r.rank()), RfpFormTexts.vendorName(rfp, r.vendorCode()), r.vendorCode(),
                r.total().toString(), RfpFormTexts.price(r.price(), language))
            .in(language)
            + (r.disputed() ? Text.of("rfp.text.ranking-disputed", r.spread().toString()).in(language) : ""))
        .collect(Collectors.joining("\n"));
  }
}
