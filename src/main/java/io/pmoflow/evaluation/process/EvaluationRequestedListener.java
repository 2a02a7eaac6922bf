package io.pmoflow.evaluation.process;

import io.pmoflow.evaluation.EvaluationRequests;
import io.pmoflow.evaluation.EvaluationVariables;
import io.pmoflow.evaluation.NewEvaluation;
import io.pmoflow.forms.FormInputRefused;
import io.pmoflow.forms.FormTexts;
import io.pmoflow.forms.TextRows;
import io.pmoflow.i18n.Text;
import io.pmoflow.process.TaskActor;
import io.pmoflow.web.FullWidth;
import io.pmoflow.web.ApiException;
import io.pmoflow.web.InvalidInputException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/**
 * Event_EvaluationRequested. A start over the API comes with the evaluation's id, written and
 * checked by {@link EvaluationRequests#request}. A start from the Tasklist start form brings what
 * was typed: it is turned into the same request, checked by the same rules (a refusal names the
 * field as the form shows it), stored, and the typed text dropped so the data lives in the tables.
 */
@Component
public class EvaluationRequestedListener implements ExecutionListener {

  static final List<String> FORM_FIELDS =
      List.of("projectId", "question", "candidates", "criteria", "testers", "dataSet", "environmentsUntil");
  private static final Map<String, String> LABELS = Map.of(
      "projectId", "Project number", "question", "Question", "candidates", "Candidates", "criteria", "Criteria",
      "testers", "Testers", "dataSet", "Data set", "environmentsUntil", "Environments until");
  private static final Pattern ROW_FIELD = Pattern.compile("(candidates|criteria)\\[(\\d+)\\](?:\\.(\\w+))?");

  private final EvaluationRequests requests;

  public EvaluationRequestedListener(EvaluationRequests requests) {
    this.requests = requests;
  }

  @Override
  public void notify(DelegateExecution execution) {
    if (execution.hasVariable(EvaluationVariables.EVALUATION_ID)) {
      return;
    }
    String requester = TaskActor.loggedIn(execution.getProcessEngineServices());
    if (requester == null) {
      throw new FormInputRefused(Text.of("evaluation.refused.log-in").inRequestLanguage());
    }
    List<TextRows.Row> candidateRows = TextRows.parse(execution.getVariable("candidates"), Text.of("evaluation.list.candidates"), 3);
    List<TextRows.Row> criterionRows = TextRows.parse(execution.getVariable("criteria"), Text.of("evaluation.list.criteria"), 2);
    NewEvaluation request = new NewEvaluation(
        projectId(execution.getVariable("projectId")),
        Answer.text(execution, "question"),
        candidateRows.stream().map(r -> new NewEvaluation.Candidate(
            lower(r.value(0)), r.value(1), cost(r))).toList(),
        criterionRows.stream().map(r -> new NewEvaluation.Criterion(r.value(0), weight(r))).toList(),
        testers(execution.getVariable("testers")),
        lower(Answer.text(execution, "dataSet")),
        date(execution.getVariable("environmentsUntil")));
    Map<String, Object> started;
    try {
      started = requests.requestFromForm(request, requester, execution.getProcessInstanceId());
    } catch (InvalidInputException invalid) {
      throw new FormInputRefused(invalid.fieldProblems().stream()
          .map(p -> inWords(p.field(), candidateRows, criterionRows) + " " + p.message())
          .collect(Collectors.joining(Text.of("form.separator").inRequestLanguage())));
    } catch (ApiException unavailable) {
      throw new FormInputRefused(unavailable.getMessage());
    }
    FORM_FIELDS.forEach(execution::removeVariable);
    execution.setVariables(started);
    String label = (String) started.get(EvaluationVariables.CASE_LABEL);
    execution.setProcessBusinessKey(label.substring(0, label.indexOf(':')));
  }

  /** {@code candidates[1].code} as the person typed it: {@code Candidates, line 2: code}. */
  private static String inWords(String field, List<TextRows.Row> candidates, List<TextRows.Row> criteria) {
    Matcher row = ROW_FIELD.matcher(field);
    if (row.matches()) {
      List<TextRows.Row> rows = "candidates".equals(row.group(1)) ? candidates : criteria;
      int index = Integer.parseInt(row.group(2));
      String line = index < rows.size() ? String.valueOf(rows.get(index).line()) : String.valueOf(index + 1);
      return Text.of("rows.line", Text.of("evaluation.list." + row.group(1)), line, row.group(3) == null ? "" : row.group(3))
          .inRequestLanguage();
    }
    String base = field.replaceAll("\\[\\d+\\]$", "");
    return LABELS.containsKey(base) ? FormTexts.label(LABELS.get(base)) : field;
  }

  private static Long projectId(Object value) {
    if (value == null || value.toString().isBlank()) {
      return null;
    }
    try {
      return Long.parseLong(value.toString().strip().replaceAll("\\.0$", ""));
    } catch (NumberFormatException notANumber) {
      throw new FormInputRefused(Text.of("evaluation.refused.not-a-number", FormTexts.label("Project number"), value).inRequestLanguage());
    }
  }

  private static List<String> testers(Object value) {
    if (value == null) {
      return List.of();
    }
    return Arrays.stream(value.toString().split("[,\\s、]+")).filter(s -> !s.isBlank()).map(String::strip).toList();
  }

  private static LocalDate date(Object value) {
    if (value == null || value.toString().isBlank()) {
      return null;
    }
    try {
      return LocalDate.parse(value.toString().strip().substring(0, Math.min(10, value.toString().strip().length())));
    } catch (RuntimeException notADate) {
      throw new FormInputRefused(Text.of("evaluation.refused.not-a-date", FormTexts.label("Environments until"), value).inRequestLanguage());
    }
  }

  private static BigDecimal cost(TextRows.Row row) {
    String value = row.value(2);
    if (value == null) {
      return null;
    }
    try {
      return new BigDecimal(FullWidth.toHalfWidth(value).replace(",", "").replace("¥", "").replace("円", "").strip());
    } catch (NumberFormatException notANumber) {
      throw row.refused(Text.of("evaluation.refused.cost"));
    }
  }

  private static Integer weight(TextRows.Row row) {
    String value = row.value(1);
    if (value == null) {
      return null;
    }
    try {
      return Integer.valueOf(FullWidth.toHalfWidth(value).replace("%", "").strip());
    } catch (NumberFormatException notANumber) {
      throw row.refused(Text.of("evaluation.refused.weight"));
    }
  }

  private static String lower(String value) {
    return value == null ? null : FullWidth.toHalfWidth(value).strip().toLowerCase(java.util.Locale.ROOT);
  }

}
