package io.pmoflow.metrics;

import io.micrometer.core.instrument.MeterRegistry;
import org.camunda.bpm.engine.impl.cfg.TransactionState;
import org.camunda.bpm.engine.impl.context.Context;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Increments a counter when the engine's current transaction commits: a step that rolls back (an
 * optimistic locking conflict, a failed job that is retried) is not counted twice.
 */
@Component
public class CommittedCounts {

  private final ObjectProvider<MeterRegistry> registry;

  CommittedCounts(ObjectProvider<MeterRegistry> registry) {
    this.registry = registry;
  }

  /** Called inside an engine command; tags are name, value pairs. */
  public void increment(String counter, String... tags) {
    Context.getCommandContext()
        .getTransactionContext()
        .addTransactionListener(
            TransactionState.COMMITTED, committed -> registry.getObject().counter(counter, tags).increment());
  }
}
