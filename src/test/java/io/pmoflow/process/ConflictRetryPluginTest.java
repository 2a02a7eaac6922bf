package io.pmoflow.process;

import static org.assertj.core.api.Assertions.assertThat;

import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.junit.jupiter.api.Test;

class ConflictRetryPluginTest {

  @Test
  void aCollisionIsAConflictAlsoWhenWrapped() {
    OptimisticLockingException collision = new OptimisticLockingException("updated by another transaction concurrently");
    assertThat(ConflictRetryPlugin.isConflict(collision)).isTrue();
    assertThat(ConflictRetryPlugin.isConflict(new ProcessEngineException("wrapped", collision))).isTrue();
  }

  @Test
  void anyOtherFailureIsLeftToTheRetryCycle() {
    assertThat(ConflictRetryPlugin.isConflict(new IllegalStateException("Directory unavailable"))).isFalse();
    assertThat(ConflictRetryPlugin.isConflict(new ProcessEngineException("ENGINE-02004 No outgoing sequence flow"))).isFalse();
  }
}
