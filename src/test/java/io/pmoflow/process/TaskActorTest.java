package io.pmoflow.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.RETURNS_DEEP_STUBS;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.junit.jupiter.api.Test;

/** Who a trail records for a person's step: the logged-in user, else the assignee, never a made-up name. */
class TaskActorTest {

  DelegateTask task = mock(DelegateTask.class, RETURNS_DEEP_STUBS);

  @Test
  void theLoggedInUserIsTheActorEvenIfTheTaskIsAssignedToSomeoneElse() {
    loggedIn("evan");
    when(task.getAssignee()).thenReturn("ella");
    assertThat(TaskActor.of(task)).isEqualTo("evan");
  }

  @Test
  void withoutALoginTheAssigneeTheApplicationCheckedIsTheActor() {
    loggedIn(null);
    when(task.getAssignee()).thenReturn("peter");
    assertThat(TaskActor.of(task)).isEqualTo("peter");
  }

  @Test
  void withNeitherTheStepFailsInsteadOfRecordingAMadeUpName() {
    loggedIn(null);
    when(task.getName()).thenReturn("Approve access (security)");
    assertThatThrownBy(() -> TaskActor.of(task))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("Approve access (security)")
        .hasMessageContaining("who completed it is unknown");
  }

  private void loggedIn(String userId) {
    when(task.getProcessEngineServices().getIdentityService().getCurrentAuthentication())
        .thenReturn(userId == null ? null : new Authentication(userId, java.util.List.of()));
  }
}
