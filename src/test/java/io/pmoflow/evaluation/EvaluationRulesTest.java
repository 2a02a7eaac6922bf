package io.pmoflow.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import io.pmoflow.evaluation.environment.EvaluationEnvironments.DataSet;
import io.pmoflow.web.FieldProblem;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The rules of a request, each broken one naming its field. */
class EvaluationRulesTest {

  static final LocalDate TODAY = LocalDate.of(2026, 12, 2);
  static final DataSet SALES = new DataSet("sales", "Sales", 100, false, false);

  static NewEvaluation valid() {
    return new NewEvaluation(1L, "Which BI tool?",
        List.of(new NewEvaluation.Candidate("lakeview", "LakeView", new BigDecimal("120000")),
            new NewEvaluation.Candidate("tablo", "Tablo", BigDecimal.ZERO)),
        List.of(new NewEvaluation.Criterion("Ease of use", 60), new NewEvaluation.Criterion("Speed", 40)),
        List.of("evan", "ella"), "sales", TODAY.plusDays(20));
  }

  static List<String> fields(NewEvaluation request) {
    return EvaluationRules.check(request, user -> List.of("evan", "ella", "esme").contains(user), user -> !"esme".equals(user),
            code -> "sales".equals(code) ? Optional.of(SALES) : Optional.empty(), TODAY, 90)
        .stream().map(FieldProblem::field).toList();
  }

  @Test
  void aValidRequestHasNoProblem() {
    assertThat(fields(valid())).isEmpty();
  }

  @Test
  void everyBrokenRuleNamesItsField() {
    NewEvaluation v = valid();
    assertThat(fields(new NewEvaluation(null, " ", v.candidates(), v.criteria(), v.testers(), v.dataSet(), v.environmentsUntil())))
        .containsExactly("projectId", "question");
    assertThat(fields(new NewEvaluation(1L, "q", List.of(v.candidates().get(0)), v.criteria(), v.testers(), "sales", v.environmentsUntil())))
        .containsExactly("candidates");
    assertThat(fields(new NewEvaluation(1L, "q",
        List.of(new NewEvaluation.Candidate("Lake View", "", new BigDecimal("-1")), new NewEvaluation.Candidate("tablo", "T", null),
            new NewEvaluation.Candidate("tablo", "T2", BigDecimal.ONE)),
        v.criteria(), v.testers(), "sales", v.environmentsUntil())))
        .containsExactly("candidates[0].code", "candidates[0].name", "candidates[0].monthlyCost", "candidates[1].monthlyCost",
            "candidates[2].code");
    assertThat(fields(new NewEvaluation(1L, "q", v.candidates(),
        List.of(new NewEvaluation.Criterion("Ease of use", 60), new NewEvaluation.Criterion("Speed", 30)), v.testers(), "sales",
        v.environmentsUntil())))
        .containsExactly("criteria");
    assertThat(fields(new NewEvaluation(1L, "q", v.candidates(),
        List.of(new NewEvaluation.Criterion("a|b", 0)), List.of("evan", "victor", "evan"), "crm", TODAY)))
        .containsExactly("criteria[0].name", "criteria[0].weight", "testers[1]", "testers[2]", "dataSet", "environmentsUntil");
    // esme may test but has no directory entry: her name would be a group member nobody is
    assertThat(fields(new NewEvaluation(1L, "q", v.candidates(), v.criteria(), List.of("evan", "esme"), "sales", v.environmentsUntil())))
        .containsExactly("testers[1]");
    assertThat(fields(new NewEvaluation(1L, "q", v.candidates(), v.criteria(), List.of(), "sales", TODAY.plusDays(91))))
        .containsExactly("testers", "environmentsUntil");
  }
}
