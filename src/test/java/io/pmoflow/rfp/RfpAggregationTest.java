package io.pmoflow.rfp;

import static org.assertj.core.api.Assertions.assertThat;

import io.pmoflow.rfp.RfpAggregation.Bid;
import io.pmoflow.rfp.RfpAggregation.Result;
import io.pmoflow.rfp.RfpAggregation.Score;
import io.pmoflow.rfp.RfpParts.Criterion;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class RfpAggregationTest {

  static final List<Criterion> CRITERIA = List.of(new Criterion("Price", 60), new Criterion("Approach", 40));
  static final List<Bid> BIDS =
      List.of(new Bid(1, "acme", new BigDecimal("100000")), new Bid(2, "globex", new BigDecimal("90000")));
  static final BigDecimal SPREAD = new BigDecimal("20");

  @Test
  void weightedTotalsAreTheMeanOfTheEvaluatorsAndRankHighestFirst() {
    Result result =
        RfpAggregation.aggregate(
            CRITERIA,
            BIDS,
            List.of(
                new Score(1, "evan", "Price", 8), new Score(1, "evan", "Approach", 9), // 48 + 36 = 84
                new Score(1, "ella", "Price", 7), new Score(1, "ella", "Approach", 8), // 42 + 32 = 74
                new Score(2, "evan", "Price", 6), new Score(2, "evan", "Approach", 5), // 36 + 20 = 56
                new Score(2, "ella", "Price", 6), new Score(2, "ella", "Approach", 6)), // 36 + 24 = 60
            SPREAD);

    assertThat(result.ranking()).extracting(RfpAggregation.Ranked::vendorCode).containsExactly("acme", "globex");
    assertThat(result.ranking().get(0).total()).isEqualByComparingTo("79");
    assertThat(result.ranking().get(0).spread()).isEqualByComparingTo("10");
    assertThat(result.ranking().get(1).total()).isEqualByComparingTo("58");
    assertThat(result.ranking().get(0).rank()).isEqualTo(1);
    assertThat(result.topVendor()).isEqualTo("acme");
    assertThat(result.needsModeration()).isFalse();
  }

  @Test
  void evaluatorsApartByMoreThanTheSpreadNeedModeration() {
    Result result =
        RfpAggregation.aggregate(
            CRITERIA,
            BIDS.subList(0, 1),
            List.of(
                new Score(1, "evan", "Price", 10), new Score(1, "evan", "Approach", 10), // 100
                new Score(1, "ella", "Price", 5), new Score(1, "ella", "Approach", 5)), // 50
            SPREAD);

    assertThat(result.needsModeration()).isTrue();
    assertThat(result.ranking().get(0).disputed()).isTrue();
    assertThat(result.ranking().get(0).spread()).isEqualByComparingTo("50");
  }

  @Test
  void aSpreadExactlyAtTheLimitIsNoDisagreement() {
    Result result =
        RfpAggregation.aggregate(
            CRITERIA,
            BIDS.subList(0, 1),
            List.of(
                new Score(1, "evan", "Price", 10), new Score(1, "evan", "Approach", 10),
                new Score(1, "ella", "Price", 10), new Score(1, "ella", "Approach", 5)), // 100 vs 80
            SPREAD);
    assertThat(result.needsModeration()).isFalse();
  }

  @Test
  void equalTotalsRankTheCheaperProposalFirst() {
    Result result =
        RfpAggregation.aggregate(
            CRITERIA,
            BIDS,
            List.of(
                new Score(1, "evan", "Price", 5), new Score(1, "evan", "Approach", 5),
                new Score(2, "evan", "Price", 5), new Score(2, "evan", "Approach", 5)),
            SPREAD);
    assertThat(result.topVendor()).isEqualTo("globex");
  }
}
