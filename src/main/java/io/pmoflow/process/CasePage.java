package io.pmoflow.process;

import java.util.Optional;

/**
 * A readable page of a case, where a process has one (a change request's page at
 * {@code /api/change-requests/{id}}). A process without one is followed through its tasks in Tasklist.
 */
public interface CasePage {

  /** The page's path (after the public address) of the case with this business key, if this process has pages. */
  Optional<String> path(String processDefinitionKey, String businessKey);
}
