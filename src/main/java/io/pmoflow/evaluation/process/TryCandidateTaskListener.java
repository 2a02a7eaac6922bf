package io.pmoflow.evaluation.process;

import static io.pmoflow.evaluation.EvaluationVariables.SHEET_ID;

import io.pmoflow.evaluation.EvaluationScoring;
import io.pmoflow.forms.ShownTexts;
import io.pmoflow.i18n.Languages;
import io.pmoflow.process.ProcessIds;
import io.pmoflow.process.TaskActor;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * "Try the candidate and score it", one task per tester and candidate: shows the candidate, the
 * criteria, the data set and the environment's name (never a password) on the task itself, and
 * stores the tester's sheet. The sheet is the task's own variable, so no tester sees another's.
 */
@Component
public class TryCandidateTaskListener implements TaskListener {

  static final String SCORE_SHEET = "scoreSheet";

  private final EvaluationScoring scoring;

  public TryCandidateTaskListener(EvaluationScoring scoring) {
    this.scoring = scoring;
  }

  @Override
  public void notify(DelegateTask task) {
    long sheetId = ProcessIds.of(task, SHEET_ID);
    if (EVENTNAME_CREATE.equals(task.getEventName())) {
      Map<String, Object> fields = new HashMap<>();
      ShownTexts.put(fields, "candidate", language -> scoring.shown(sheetId, language).candidate());
      ShownTexts.put(fields, "environment", language -> scoring.shown(sheetId, language).environment());
      EvaluationScoring.SheetShown shown = scoring.shown(sheetId, Languages.ENGLISH);
      fields.put("criteria", shown.criteria());
      fields.put("dataSet", shown.dataSet());
      fields.put(SCORE_SHEET, shown.blankSheet());
      task.setVariablesLocal(fields);
      return;
    }
    scoring.submit(sheetId, TaskActor.of(task), task.getVariable(SCORE_SHEET));
  }
}
