package io.pmoflow.evaluation.environment;

import java.util.List;
import java.util.Optional;

/**
 * Isolated trial environments, one per candidate tool of an evaluation: a database and a login role of
 * its own on the evaluation database server, the data set loaded with its personal fields masked, and a
 * directory group whose members are the named testers. Every operation is idempotent: repeating it after
 * a failure (an incident's retry) finishes the work without duplicates.
 */
public interface EvaluationEnvironments {

  /** Creates what is missing of the environment and gives each tester their connection details once (never in process variables or history). */
  EnvironmentInfo provision(EnvironmentRequest request);

  /** Removes the environment's database, login role and directory group, and records that it happened. Nothing to remove is not an error. */
  void tearDown(String environmentKey);

  /** The keys of every environment that exists on the server or in the directory (for the daily reconciliation). */
  List<String> existingEnvironmentKeys();

  /**
   * Whether the directory has an entry for the person: an environment's directory group holds only
   * entries that exist, never a bare name that an account made later under that name would inherit.
   */
  boolean inDirectory(String userId);

  /** The data sets that may be loaded, with their classification (for the authority decision and the request form). */
  List<DataSet> dataSets();

  Optional<DataSet> dataSet(String code);

  /** What one environment is made of; the environment key is {@code ev<evaluationId>_<candidateCode>}. */
  record EnvironmentRequest(long evaluationId, String candidateCode, String dataSetCode, List<String> testerIds) {
    public String environmentKey() {
      return "ev" + evaluationId + "_" + candidateCode;
    }
  }

  /** An environment as people may see it: no password. */
  record EnvironmentInfo(String environmentKey, String databaseName, String loginRole, String directoryGroup, String jdbcUrl) {}

  /** A data set that can be loaded: its size in rows and whether it holds personal data or is a copy of production. */
  record DataSet(String code, String name, long rows, boolean personalData, boolean productionCopy) {}
}
