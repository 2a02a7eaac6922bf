package io.pmoflow.evaluation;

import io.pmoflow.evaluation.environment.EvaluationEnvironments;
import io.pmoflow.forms.FormInputRefused;
import io.pmoflow.forms.TextRows;
import io.pmoflow.i18n.Text;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The trial: each tester scores each candidate on every criterion from 1 to 5 with a reason, on a
 * sheet of their own; when two testers' scores on one criterion of one candidate lie further apart
 * than the threshold ({@code pmoflow.evaluation.disagreement-threshold}), the PMO moderates.
 */
@Service
public class EvaluationScoring {

  static final Text SHEET = Text.of("evaluation.list.scores");
  static final int MIN_SCORE = 1;
  static final int MAX_SCORE = 5;

  /** What a tester's form shows: the candidate, the criteria, the data set, the environment's name (never a password). */
  public record SheetShown(String candidate, String criteria, String dataSet, String environment, String blankSheet) {}

  private final Evaluations evaluations;
  private final EvaluationEnvironments environments;
  private final EvaluationSettings settings;
  private final Clock clock;

  EvaluationScoring(Evaluations evaluations, EvaluationEnvironments environments, EvaluationSettings settings, Clock clock) {
    this.evaluations = evaluations;
    this.environments = environments;
    this.settings = settings;
    this.clock = clock;
  }

  /** Who fills in the sheet: the tester it was made for. */
  @Transactional(readOnly = true)
  public String tester(long sheetId) {
    return evaluations.sheet(sheetId).tester();
  }

  @Transactional(readOnly = true)
  public SheetShown shown(long sheetId, Locale language) {
    Evaluation.Sheet sheet = evaluations.sheet(sheetId);
    Evaluation evaluation = evaluations.find(sheet.evaluationId());
    Evaluation.Candidate candidate = candidate(sheet);
    List<Evaluation.Criterion> criteria = evaluations.criteria(evaluation.id());
    String dataSet = environments.dataSet(evaluation.dataSetCode()).map(d -> d.name() + " (" + d.code() + ")").orElse(evaluation.dataSetCode());
    String environment = evaluations.environments(evaluation.id()).stream()
        .filter(e -> e.candidateCode().equals(candidate.code()))
        .findFirst()
        .map(e -> Text.of("evaluation.text.environment", e.databaseName(), e.directoryGroup(), String.valueOf(evaluation.environmentsUntil())).in(language))
        .orElse(Text.of("evaluation.text.no-environment").in(language));
    return new SheetShown(
        Text.of("evaluation.text.candidate", candidate.name(), candidate.code(), candidate.monthlyCost().toPlainString()).in(language),
        criteria.stream().map(c -> c.name() + " (" + c.weight() + "%)").collect(Collectors.joining("\n")),
        dataSet,
        environment,
        TextRows.format(criteria.stream().map(c -> TextRows.row(c.name(), "", "")).toList()));
  }

  /** Stores the tester's sheet: every criterion once, a score from 1 to 5 and a reason each. */
  @Transactional
  public void submit(long sheetId, String tester, Object sheetText) {
    Evaluation.Sheet sheet = evaluations.sheet(sheetId);
    if (!sheet.tester().equals(tester)) {
      throw new FormInputRefused(Text.of("evaluation.refused.not-your-sheet").inRequestLanguage());
    }
    List<Evaluation.Criterion> criteria = evaluations.criteria(sheet.evaluationId());
    Map<String, Evaluation.Criterion> byName = new HashMap<>();
    criteria.forEach(c -> byName.put(key(c.name()), c));
    Map<Integer, Evaluation.Score> scores = new HashMap<>();
    for (TextRows.Row row : TextRows.parse(sheetText, SHEET, 3)) {
      Evaluation.Criterion criterion = row.value(0) == null ? null : byName.get(key(row.value(0)));
      if (criterion == null) {
        throw row.refused(Text.of("evaluation.refused.no-such-criterion", String.valueOf(row.value(0))));
      }
      if (scores.containsKey(criterion.position())) {
        throw row.refused(Text.of("evaluation.refused.criterion-twice", criterion.name()));
      }
      int score;
      try {
        score = Integer.parseInt(String.valueOf(row.value(1)).strip());
      } catch (NumberFormatException notANumber) {
        score = 0;
      }
      if (score < MIN_SCORE || score > MAX_SCORE) {
        throw row.refused(Text.of("evaluation.refused.score", MIN_SCORE, MAX_SCORE));
      }
      String reason = row.value(2);
      if (reason == null) {
        throw row.refused(Text.of("evaluation.refused.score-reason"));
      }
      scores.put(criterion.position(), new Evaluation.Score(sheetId, tester, sheet.candidateCode(), criterion.position(), score, reason));
    }
    List<String> missing = criteria.stream().filter(c -> !scores.containsKey(c.position())).map(Evaluation.Criterion::name).toList();
    if (!missing.isEmpty()) {
      throw new FormInputRefused(Text.of("evaluation.refused.criteria-missing", String.join(", ", missing)).inRequestLanguage());
    }
    evaluations.saveScores(sheetId, new ArrayList<>(scores.values()), clock.instant());
    evaluations.record(sheet.evaluationId(), "score", sheet.candidateCode(), tester, clock.instant(), null);
  }

  /**
   * Compares the testers' scores once every sheet is in.
   *
   * @return whether the PMO must moderate: some criterion of some candidate was scored further apart than the threshold
   */
  @Transactional
  public boolean compare(long id) {
    Map<String, List<Integer>> byCandidateAndCriterion = new HashMap<>();
    for (Evaluation.Score s : evaluations.scores(id)) {
      byCandidateAndCriterion.computeIfAbsent(s.candidateCode() + "/" + s.position(), k -> new ArrayList<>()).add(s.score());
    }
    List<String> apart = byCandidateAndCriterion.entrySet().stream()
        .filter(e -> spread(e.getValue()) > settings.disagreementThreshold())
        .map(Map.Entry::getKey)
        .sorted()
        .toList();
    evaluations.status(id, EvaluationStatus.RECOMMENDING);
    evaluations.record(id, "compare", apart.isEmpty() ? "scores agree" : "testers disagree", "pmo-flow", clock.instant(),
        apart.isEmpty() ? null : String.join(", ", apart));
    return !apart.isEmpty();
  }

  /** The PMO's moderation: how the disagreement was resolved, recorded for the recommendation. */
  @Transactional
  public void moderate(long id, String actor, String note) {
    if (note == null || note.isBlank()) {
      throw new FormInputRefused(Text.of("evaluation.refused.moderation-note").inRequestLanguage());
    }
    evaluations.record(id, "moderation", "moderated", actor, clock.instant(), note.strip());
  }

  /** Which candidates and criteria the testers disagree on, in words, for the moderation form. */
  @Transactional(readOnly = true)
  public String disagreements(long id) {
    Map<String, Evaluation.Criterion> criteria = new HashMap<>();
    evaluations.criteria(id).forEach(c -> criteria.put(String.valueOf(c.position()), c));
    return evaluations.scores(id).stream()
        .map(s -> s.candidateCode() + " | " + criteria.get(String.valueOf(s.position())).name() + " | " + s.tester() + " | " + s.score() + " | " + s.reason())
        .collect(Collectors.joining("\n"));
  }

  private Evaluation.Candidate candidate(Evaluation.Sheet sheet) {
    return evaluations.candidates(sheet.evaluationId()).stream()
        .filter(c -> c.code().equals(sheet.candidateCode()))
        .findFirst()
        .orElseThrow();
  }

  private static int spread(List<Integer> scores) {
    return scores.stream().mapToInt(Integer::intValue).max().orElse(0) - scores.stream().mapToInt(Integer::intValue).min().orElse(0);
  }

  private static String key(String name) {
    return name.strip().toLowerCase(Locale.ROOT);
  }
}
