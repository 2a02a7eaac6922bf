package io.pmoflow.process;

import static org.assertj.core.api.Assertions.assertThat;

import io.pmoflow.i18n.Languages;
import io.pmoflow.i18n.TextPatterns;
import io.pmoflow.specchange.SpecChangeVariables;
import java.io.File;
import java.util.Map;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.ServiceTask;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.junit.jupiter.api.Test;

class CaseTextsTest {

  private final Map<String, String> catalog = CaseTexts.japaneseCatalog();

  @Test
  void everyStepOfTheSpecChangeModelHasAJapaneseNameForTheTrail() {
    BpmnModelInstance model = Bpmn.readModelFromFile(new File("processes/spec-change-approval.bpmn"));
    model.getModelElementsByType(UserTask.class)
        .forEach(task -> assertThat(catalog).containsKey(SpecChangeVariables.stepOf(task.getName())));
    // the steps whose delegates record their own name in the trail
    for (String id : new String[] {"Task_NotifyApproved", "Task_NotifyRolledBack", "Task_Escalate"}) {
      String name = model.<ServiceTask>getModelElementById(id).getName();
      assertThat(catalog).as(name).containsKey(name);
    }
    catalog.forEach((english, japanese) ->
        assertThat(TextPatterns.placeholders(japanese)).as(japanese).containsExactlyInAnyOrderElementsOf(TextPatterns.placeholders(english)));
  }

  @Test
  void aTrailsStepsAndOutcomesReadInJapaneseWithTheirFiguresKept() {
    assertThat(CaseTexts.in(Languages.JAPANESE, "Vote on the change (board)")).isEqualTo("変更に投票する（委員会）");
    assertThat(CaseTexts.in(Languages.JAPANESE, "voted approve")).isEqualTo("承認に投票");
    assertThat(CaseTexts.in(Languages.JAPANESE, "cost 60000, delay 0 days")).isEqualTo("費用 60000、遅れ 0 日");
    assertThat(CaseTexts.in(Languages.JAPANESE, "cost 60000, delay 5 days, contract change"))
        .isEqualTo("費用 60000、遅れ 5 日、契約の変更あり");
    assertThat(CaseTexts.in(Languages.JAPANESE, "estimated 3 person-days, cost 1200")).isEqualTo("見積り 3 人日、費用 1200");
    assertThat(CaseTexts.in(Languages.JAPANESE, "complete, classified normal")).isEqualTo("揃っている、通常の変更に分類");
    assertThat(CaseTexts.in(Languages.JAPANESE, "needs approval by project manager, change board"))
        .isEqualTo("プロジェクトマネージャー、変更管理委員会の承認が必要");
    assertThat(CaseTexts.in(Languages.JAPANESE, "baseline v3 restores v1")).isEqualTo("ベースライン v3（v1 に戻す）");
    assertThat(CaseTexts.in(Languages.JAPANESE, "decision overdue at Task_BoardVote")).isEqualTo("「委員会の投票」の判断が期限切れ");
    assertThat(CaseTexts.in(Languages.JAPANESE, "pmo-flow (delegated authority)")).isEqualTo("pmo-flow（委任された権限）");
  }

  @Test
  void anRfpsHistoryReadsInJapanese() {
    assertThat(CaseTexts.in(Languages.JAPANESE, "Awarded to acme")).isEqualTo("acme に発注を決定");
    assertThat(CaseTexts.in(Languages.JAPANESE, "question 5 by acme")).isEqualTo("acme からの質問 5");
    assertThat(CaseTexts.in(Languages.JAPANESE, "question 5")).isEqualTo("質問 5");
    assertThat(CaseTexts.in(Languages.JAPANESE, "not top-ranked: cheaper support")).isEqualTo("最上位ではない：cheaper support");
    assertThat(CaseTexts.in(Languages.JAPANESE, "1. acme 4.2, 2. globex 3.9; evaluators disagree: moderation"))
        .isEqualTo("1. acme 4.2, 2. globex 3.9。評価者の採点が分かれたため調整");
  }

  @Test
  void englishReadersAndUnknownTextsGetTheStoredText() {
    assertThat(CaseTexts.in(Languages.ENGLISH, "voted approve")).isEqualTo("voted approve");
    assertThat(CaseTexts.in(Languages.JAPANESE, "called the vendor")).isEqualTo("called the vendor");
    // a list with a part nobody translated stays as stored
    assertThat(CaseTexts.in(Languages.JAPANESE, "needs approval by the auditors, sponsor")).isEqualTo("the auditors, sponsorの承認が必要");
    assertThat(CaseTexts.in(Languages.JAPANESE, null)).isNull();
  }
}
