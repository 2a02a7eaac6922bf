package io.pmoflow.forms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.pmoflow.i18n.Languages;
import io.pmoflow.i18n.RequestLanguage;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.Test;

class FormSubmissionTest {

  static final FormSpec VOTE = FormSpec.parse(("""
      {"id": "vote", "components": [
        {"type": "text", "text": "Request {{title}} costs =cost"},
        {"type": "textfield", "key": "changeRequestId", "label": "Change request", "disabled": true},
        {"type": "number", "key": "cost", "label": "Cost", "readonly": true},
        {"type": "radio", "key": "vote", "label": "Vote", "validate": {"required": true},
         "values": [{"label": "Approve", "value": "approve"}, {"label": "Reject", "value": "reject"}]},
        {"type": "select", "key": "vendor", "label": "Vendor", "valuesKey": "bidders"},
        {"type": "number", "key": "effort", "label": "Effort", "validate": {"min": 0, "max": 100}},
        {"type": "textarea", "key": "comment", "label": "Comment", "validate": {"maxLength": 10},
         "conditional": {"hide": "=vote = \\"approve\\" and showComment"}},
        {"type": "group", "components": [{"type": "checkbox", "key": "agreed", "label": "Agreed"}]}
      ]}""").getBytes(StandardCharsets.UTF_8));

  final Map<String, Object> current = new HashMap<>(Map.of(
      "changeRequestId", 12L, "cost", 80000.0, "bidders", List.of(Map.of("label", "Acme", "value", "acme"))));

  Map<String, Object> submit(Map<String, Object> values) {
    return FormSubmission.accepted(VOTE, values, current::get);
  }

  @Test
  void acceptsTheFormsOwnFieldsAndDropsReadOnlyOnesSentBackUnchanged() {
    Map<String, Object> accepted =
        submit(Map.of("vote", "approve", "cost", 80000, "vendor", "acme", "effort", 3, "agreed", true, "comment", ""));
    assertThat(accepted).containsOnlyKeys("vote", "vendor", "effort", "agreed", "comment");
  }

  @Test
  void refusesAVariableTheFormDoesNotHaveNamingIt() {
    assertThatThrownBy(() -> submit(Map.of("vote", "approve", "boardApprovals", 2, "needsSponsor", false)))
        .isInstanceOf(FormInputRefused.class)
        .hasMessageContaining("boardApprovals is not a field of this form")
        .hasMessageContaining("needsSponsor is not a field of this form");
  }

  @Test
  void aJapaneseRequestIsRefusedTheSameInJapaneseWithTheLabelsOfTheJapaneseForm() {
    // the Japanese form shows 承認 for approve: the label is not a value, and a forged key stays forged
    assertThatThrownBy(() -> RequestLanguage.in(Languages.JAPANESE,
            () -> submit(Map.of("vote", "承認", "boardApprovals", 2, "cost", 0))))
        .isInstanceOf(FormInputRefused.class)
        .hasMessageStartingWith("フォームを受け付けられません：")
        .hasMessageContaining("「投票」(vote)：「承認」にはできません。選択肢は [approve, reject] です")
        .hasMessageContaining("boardApprovals はこのフォームの項目ではありません")
        .hasMessageContaining("「費用」(cost) は読み取り専用のため変更できません");
    assertThat(RequestLanguage.in(Languages.JAPANESE, () -> submit(Map.of("vote", "approve")))).containsOnlyKeys("vote");
  }

  @Test
  void aReadOnlyCaseTextSentBackInEitherLanguageIsUnchanged() {
    // Tasklist sends a read-only field back as it showed it: to a Japanese reader, the Japanese companion
    current.put("changeRequestId", "CR-12: ログイン");
    current.put("changeRequestId" + ShownTexts.JAPANESE, "CR-12：ログイン");
    assertThat(RequestLanguage.in(Languages.JAPANESE, () -> submit(Map.of("vote", "approve", "changeRequestId", "CR-12：ログイン"))))
        .containsOnlyKeys("vote");
    assertThat(submit(Map.of("vote", "approve", "changeRequestId", "CR-12: ログイン"))).containsOnlyKeys("vote");
    assertThatThrownBy(() -> submit(Map.of("vote", "approve", "changeRequestId", "CR-13：ログイン")))
        .hasMessageContaining("(changeRequestId) is shown read-only");
  }

  @Test
  void refusesAChangedReadOnlyOrDisabledField() {
    assertThatThrownBy(() -> submit(Map.of("vote", "approve", "cost", 0)))
        .hasMessageContaining("\"Cost\" (cost) is shown read-only and cannot be changed");
    assertThatThrownBy(() -> submit(Map.of("vote", "approve", "changeRequestId", 13)))
        .hasMessageContaining("(changeRequestId) is shown read-only");
  }

  @Test
  void refusesAChoiceTheFormDoesNotOffer() {
    assertThatThrownBy(() -> submit(Map.of("vote", "abstain")))
        .hasMessageContaining("\"Vote\" (vote) cannot be \"abstain\"; the choices are [approve, reject]");
    assertThatThrownBy(() -> submit(Map.of("vote", "approve", "vendor", "globex")))
        .hasMessageContaining("(vendor) cannot be \"globex\"");
  }

  @Test
  void aYesNoChoiceTakesTheAnswerAsTextOrAsBoolean() {
    FormSpec approval = FormSpec.parse("""
        {"id": "approval", "components": [{"type": "radio", "key": "approved", "label": "Decision",
          "values": [{"label": "Approve", "value": "true"}, {"label": "Reject", "value": "false"}]}]}"""
        .getBytes(StandardCharsets.UTF_8));
    assertThat(FormSubmission.accepted(approval, Map.of("approved", true), name -> null)).containsKey("approved");
    assertThat(FormSubmission.accepted(approval, Map.of("approved", "false"), name -> null)).containsKey("approved");
    assertThatThrownBy(() -> FormSubmission.accepted(approval, Map.of("approved", "maybe"), name -> null))
        .isInstanceOf(FormInputRefused.class);
  }

  @Test
  void refusesValuesOfTheWrongKindOrOutOfBounds() {
    assertThatThrownBy(() -> submit(Map.of("vote", "approve", "effort", "three"))).hasMessageContaining("must be a number");
    assertThatThrownBy(() -> submit(Map.of("vote", "approve", "effort", 101))).hasMessageContaining("must be at most 100");
    assertThatThrownBy(() -> submit(Map.of("vote", "approve", "agreed", "yes"))).hasMessageContaining("must be true or false");
    assertThatThrownBy(() -> submit(Map.of("vote", "approve", "comment", "far too long")))
        .hasMessageContaining("must be at most 10 characters long");
  }

  @Test
  void aRequiredDecisionMustBeGivenUnlessTheCaseAlreadyHoldsIt() {
    assertThatThrownBy(() -> submit(Map.of())).hasMessageContaining("\"Vote\" (vote) is required");
    current.put("vote", "reject");
    assertThat(submit(Map.of())).isEmpty();
  }

  static final FormSpec APPROVAL = FormSpec.parse("""
      {"id": "approval", "components": [
        {"type": "radio", "key": "approved", "label": "Your decision", "validate": {"required": true},
         "values": [{"label": "Approve", "value": "true"}, {"label": "Reject", "value": "false"}]},
        {"type": "textarea", "key": "rejectionReason", "label": "Reason", "properties": {"requiredWhenShown": "true"},
         "conditional": {"hide": "=approved != \\"false\\""}}
      ]}""".getBytes(StandardCharsets.UTF_8));

  @Test
  void aFieldRequiredWhenShownMustBeGivenWhenTheChoiceShowsIt() {
    assertThatThrownBy(() -> FormSubmission.accepted(APPROVAL, Map.of("approved", "false"), name -> null))
        .isInstanceOf(FormInputRefused.class)
        .hasMessage("Reason: needed for the choice you made");
    assertThatThrownBy(() -> FormSubmission.accepted(APPROVAL, Map.of("approved", false, "rejectionReason", " "), name -> null))
        .hasMessage("Reason: needed for the choice you made");
    assertThatThrownBy(() -> RequestLanguage.in(Languages.JAPANESE,
            () -> FormSubmission.accepted(APPROVAL, Map.of("approved", "false"), name -> null)))
        .hasMessage("理由：この選択には入力が必要です");
    assertThat(FormSubmission.accepted(APPROVAL, Map.of("approved", "false", "rejectionReason", "Not in the contract"), name -> null))
        .containsOnlyKeys("approved", "rejectionReason");
  }

  @Test
  void aFieldRequiredWhenShownIsNotNeededWhileTheFormHidesIt() {
    assertThat(FormSubmission.accepted(APPROVAL, Map.of("approved", "true"), name -> null)).containsOnlyKeys("approved");
    // a REST client's boolean is judged as the form's "true"
    assertThat(FormSubmission.accepted(APPROVAL, Map.of("approved", true), name -> null)).containsOnlyKeys("approved");
    // the task's own value counts when the submission leaves the choice out
    assertThatThrownBy(() -> FormSubmission.accepted(APPROVAL, Map.of(), name -> "approved".equals(name) ? "false" : null))
        .hasMessage("Reason: needed for the choice you made");
  }

  @Test
  void aFieldRequiredWhenShownJoinsTheOtherProblemsOfARefusal() {
    assertThatThrownBy(() -> FormSubmission.accepted(APPROVAL, Map.of("approved", "false", "skipApproval", true), name -> null))
        .hasMessageContaining("skipApproval is not a field of this form")
        .hasMessageContaining("Reason: needed for the choice you made");
  }

  @Test
  void typedValuesFromTheRestApiCompareLikeThePlainOnes() {
    Map<String, Object> typed = Variables.createVariables()
        .putValueTyped("vote", Variables.stringValue("reject"))
        .putValueTyped("cost", Variables.doubleValue(80000.0))
        .putValueTyped("changeRequestId", Variables.integerValue(12));
    assertThat(submit(typed)).containsOnlyKeys("vote");
  }

  @Test
  void theFormShowsItsFieldsAndWhatItsTextsReferTo() {
    assertThat(VOTE.shows("title")).isTrue();
    assertThat(VOTE.shows("cost")).isTrue();
    assertThat(VOTE.shows("bidders")).isTrue();
    assertThat(VOTE.shows("showComment")).isTrue();
    assertThat(VOTE.shows("contractValue")).isFalse();
    assertThat(VOTE.editableKeys()).containsExactly("vote", "vendor", "effort", "comment", "agreed");
  }
}
