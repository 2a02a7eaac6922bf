package io.pmoflow.rfp;

import io.pmoflow.i18n.Text;
import io.pmoflow.forms.ShownTexts;
import io.pmoflow.forms.FormInputRefused;
import io.pmoflow.rfp.RfpParts.Criterion;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Scoring the proposals: one score sheet per evaluator (a row per proposal and criterion, seen by
 * that evaluator alone), the ranking, and the PMO's moderation when evaluators disagree.
 */
@Service
public class RfpScoring {

  private final RfpRepository rfps;
  private final RfpProposalRepository proposals;
  private final RfpScoreRepository scores;
  private final RfpHistory history;
  private final ProposalTexts proposalTexts;
  private final BigDecimal moderationSpread;

  RfpScoring(
      RfpRepository rfps,
      RfpProposalRepository proposals,
      RfpScoreRepository scores,
      RfpHistory history,
      ProposalTexts proposalTexts,
      @Value("${pmoflow.rfp.moderation-spread:20}") BigDecimal moderationSpread) {
    this.rfps = rfps;
    this.proposals = proposals;
    this.scores = scores;
    this.history = history;
    this.proposalTexts = proposalTexts;
    this.moderationSpread = moderationSpread;
  }

  /**
   * What an evaluator's scoring form shows: the requirements, the criteria with their weights, each
   * vendor's proposal (price, summary, files with a download link each), their own sheet, an unticked declaration.
   */
  @Transactional(readOnly = true)
  public Map<String, Object> scoreForm(long rfpId, String evaluator) {
    List<ScoreRow> sheet = scoreSheet(rfpId, evaluator);
    Rfp rfp = rfps.require(rfpId);
    Map<String, Object> fields = new HashMap<>();
    fields.put("rfpTitle", rfp.getTitle());
    ShownTexts.put(fields, "rfpRequirements", language -> RfpFormTexts.requirements(rfp, language));
    proposalTexts.putProposalsWithLinks(fields, rfp);
    fields.put(RfpVariables.NO_CONFLICT_OF_INTEREST, false);
    fields.put("criteriaWeights", ScoreSheetLines.weights(sheet));
    fields.put(RfpVariables.SCORE_SHEET, ScoreSheetLines.format(sheet));
    return fields;
  }

  /** Stores one evaluator's scores, typed as the sheet's lines, after checking the declaration and every score. */
  @Transactional
  public void submitScores(long rfpId, String evaluator, boolean noConflict, String sheetText) {
    saveScores(rfpId, evaluator, noConflict, ScoreSheetLines.parse(sheetText, scoreSheet(rfpId, evaluator)));
  }

  /** The empty (or earlier) score sheet of one evaluator: a row per proposal and criterion. */
  List<ScoreRow> scoreSheet(long rfpId, String evaluator) {
    Rfp rfp = rfps.require(rfpId);
    Map<String, RfpScore> earlier = new HashMap<>();
    scores.findByRfpIdAndEvaluator(rfpId, evaluator)
        .forEach(s -> earlier.put(s.getProposalId() + "/" + s.getCriterion(), s));
    List<ScoreRow> rows = new ArrayList<>();
    for (RfpProposal p : proposals.findByRfpIdOrderById(rfpId)) {
      for (Criterion c : rfp.getCriteria()) {
        RfpScore s = earlier.get(p.getId() + "/" + c.name());
        rows.add(new ScoreRow(p.getId(), p.getVendorCode(), c.name(), c.weight(),
            s == null ? null : s.getScore(), s == null ? null : s.getComment()));
      }
    }
    return rows;
  }

  void saveScores(long rfpId, String evaluator, boolean noConflict, List<ScoreRow> sheet) {
    if (!noConflict) {
      throw new FormInputRefused(Text.of("rfp.refused.conflict-of-interest").inRequestLanguage());
    }
    Set<String> expected =
        scoreSheet(rfpId, evaluator).stream().map(r -> r.proposalId() + "/" + r.criterion()).collect(Collectors.toSet());
    Set<String> given = new HashSet<>();
    for (ScoreRow row : sheet) {
      if (row.score() == null || row.score() < 0 || row.score() > 10) {
        throw new FormInputRefused(Text.of("rfp.refused.score-range", row.vendor(), row.criterion()).inRequestLanguage());
      }
      given.add(row.proposalId() + "/" + row.criterion());
    }
    if (!given.equals(expected)) {
      throw new FormInputRefused(Text.of("rfp.refused.score-all").inRequestLanguage());
    }
    scores.deleteAll(scores.findByRfpIdAndEvaluator(rfpId, evaluator));
    scores.flush();
    for (ScoreRow row : sheet) {
      scores.save(new RfpScore(rfpId, row.proposalId(), evaluator, row.criterion(), row.score(), row.comment()));
    }
    history.record(rfpId, evaluator, "Scores submitted", "no conflict of interest declared");
  }

  /** Ranks the proposals once every sheet is in; returns whether the evaluators disagree enough to moderate. */
  @Transactional
  public boolean aggregate(long rfpId) {
    Rfp rfp = rfps.require(rfpId);
    RfpAggregation.Result result = ranking(rfp);
    rfp.status(RfpStatus.AWARD);
    history.record(rfpId, null, "Scores aggregated",
        result.ranking().stream().map(r -> r.rank() + ". " + r.vendorCode() + " " + r.total()).collect(Collectors.joining(", "))
            + (result.needsModeration() ? "; evaluators disagree: moderation" : ""));
    return result.needsModeration();
  }

  /**
   * What the moderation form shows: the RFP's title, the ranking with the disputed proposals, the
   * proposals themselves (what the evaluators scored), an empty note.
   */
  @Transactional(readOnly = true)
  public Map<String, Object> moderationForm(long rfpId) {
    RfpAggregation.Result ranking = ranking(rfpId);
    Rfp rfp = rfps.require(rfpId);
    Map<String, Object> fields = ShownTexts.of(RfpVariables.RANKING, language -> RankingText.of(ranking, rfp, language));
    fields.put("rfpTitle", rfp.getTitle());
    proposalTexts.putProposalsWithLinks(fields, rfp);
    fields.put(RfpVariables.MODERATION_NOTE, "");
    return fields;
  }

  @Transactional
  public void moderate(long rfpId, String note, String by) {
    if (note == null || note.isBlank()) {
      throw new FormInputRefused(Text.of("rfp.refused.moderation-note").inRequestLanguage());
    }
    rfps.require(rfpId).moderated(note);
    history.record(rfpId, by, "Scores moderated", note);
  }

  /** The ranking of the proposals from every evaluator's scores. */
  RfpAggregation.Result ranking(long rfpId) {
    return ranking(rfps.require(rfpId));
  }

  private RfpAggregation.Result ranking(Rfp rfp) {
    List<RfpAggregation.Bid> bids = proposals.findByRfpIdOrderById(rfp.getId()).stream()
        .map(p -> new RfpAggregation.Bid(p.getId(), p.getVendorCode(), p.getPrice())).toList();
    List<RfpAggregation.Score> all = scores.findByRfpId(rfp.getId()).stream()
        .map(s -> new RfpAggregation.Score(s.getProposalId(), s.getEvaluator(), s.getCriterion(), s.getScore())).toList();
    return RfpAggregation.aggregate(rfp.getCriteria(), bids, all, moderationSpread);
  }

  /** One line of an evaluator's score sheet. */
  public record ScoreRow(
      Long proposalId, String vendor, String criterion, Integer weight, Integer score, String comment) {}
}
