package io.pmoflow.onboarding.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import io.pmoflow.forms.FormInputRefused;
import io.pmoflow.i18n.Languages;
import io.pmoflow.i18n.RequestLanguage;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.junit.jupiter.api.Test;

/** Which reason an approval records: the form's field for the decision, else "reason". */
class AccessAnswerTest {

  VariableScope task = mock(VariableScope.class);

  @Test
  void aRejectionTypedInTheFormCountsEvenIfItsCopyAsReasonIsStillEmpty() {
    when(task.getVariable("rejectionReason")).thenReturn("Not part of this contract");
    when(task.getVariable("reason")).thenReturn("");
    assertThat(AccessAnswer.reason(task, false)).isEqualTo("Not part of this contract");
  }

  @Test
  void anApprovalTypedInTheFormCountsEvenIfItsCopyAsReasonIsStillEmpty() {
    when(task.getVariable("approvalReason")).thenReturn("Remote work agreed");
    when(task.getVariable("reason")).thenReturn("");
    assertThat(AccessAnswer.reason(task, true)).isEqualTo("Remote work agreed");
  }

  @Test
  void otherClientsSendReasonOnly() {
    when(task.getVariable("reason")).thenReturn("No production access for vendors");
    assertThat(AccessAnswer.reason(task, false)).isEqualTo("No production access for vendors");
  }

  @Test
  void theFieldOfTheOtherDecisionDoesNotCount() {
    when(task.getVariable("approvalReason")).thenReturn("typed before switching to Reject");
    assertThat(AccessAnswer.reason(task, false)).isNull();
  }

  @Test
  void aRejectionWithoutAReasonIsRefusedUnderTheFormsReasonField() {
    when(task.getVariable("approved")).thenReturn("false");
    when(task.getVariable("rejectionReason")).thenReturn(" ");
    assertThatThrownBy(() -> AccessAnswer.of(task))
        .isInstanceOf(FormInputRefused.class).hasMessage("Reason: needed for the choice you made");
    assertThatThrownBy(() -> RequestLanguage.in(Languages.JAPANESE, () -> AccessAnswer.of(task)))
        .hasMessage("理由：この選択には入力が必要です");
    when(task.getVariable("reason")).thenReturn("Not part of this contract");
    assertThat(AccessAnswer.of(task)).isEqualTo(new AccessAnswer(false, "Not part of this contract"));
  }

  @Test
  void anApprovalNeedsNoReason() {
    when(task.getVariable("approved")).thenReturn(true);
    assertThat(AccessAnswer.of(task)).isEqualTo(new AccessAnswer(true, null));
  }
}
