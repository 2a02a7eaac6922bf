package io.pmoflow.evaluation.environment;

import io.pmoflow.directory.AccountDirectory;
import io.pmoflow.security.People;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.camunda.bpm.engine.identity.User;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The environments on the evaluation database server and in the directory. Provisioning goes step by
 * step, each step looking first at what is there (the server's databases and roles, the directory's
 * group, the links already sent), so that a retry after a failure anywhere finishes the work without
 * a second database, group or mail.
 */
@Service
class ProvisionedEnvironments implements EvaluationEnvironments {

  private final EnvironmentServer server;
  private final EnvironmentDatabases databases;
  private final DataSetCatalogue catalogue;
  private final AccountDirectory directory;
  private final People people;
  private final EnvironmentCredentials credentials;
  private final EnvironmentEvents events;
  private final JdbcTemplate jdbc;
  private final TransactionTemplate newTransaction;
  private final Clock clock;

  ProvisionedEnvironments(
      EnvironmentServer server,
      EnvironmentDatabases databases,
      DataSetCatalogue catalogue,
      AccountDirectory directory,
      People people,
      EnvironmentCredentials credentials,
      EnvironmentEvents events,
      JdbcTemplate jdbc,
      PlatformTransactionManager transactions,
      Clock clock) {
    this.server = server;
    this.databases = databases;
    this.catalogue = catalogue;
    this.directory = directory;
    this.people = people;
    this.credentials = credentials;
    this.events = events;
    this.jdbc = jdbc;
    this.newTransaction = OwnTransactions.of(transactions);
    this.clock = clock;
  }

  @Override
  public EnvironmentInfo provision(EnvironmentRequest request) {
    EnvironmentNames names = EnvironmentNames.of(request.evaluationId(), request.candidateCode());
    DataSetCatalogue.Entry dataSet = catalogue.entry(request.dataSetCode()).orElseThrow(() -> new EnvironmentRequestRefusedException(
        "There is no data set \"" + request.dataSetCode() + "\"; the data sets are " + catalogue.dataSets().stream().map(DataSet::code).toList()));
    List<User> testers = testers(request.testerIds());
    register(names, dataSet);
    boolean roleIsNew = databases.ensureDatabaseAndRole(names);
    databases.load(names, dataSet);
    directory.ensureGroup(names.group(), testers.stream().map(User::getId).toList());
    credentials.deliver(names, dataSet.dataSet().name(), testers, roleIsNew, password -> databases.setPassword(names, password));
    markProvisioned(names, dataSet, testers);
    return info(names);
  }

  @Override
  public void tearDown(String environmentKey) {
    EnvironmentNames names = new EnvironmentNames(environmentKey);
    List<String> removed = new ArrayList<>(databases.drop(names));
    if (directory.deleteGroup(names.group())) {
      removed.add("directory group " + names.group());
    }
    newTransaction.executeWithoutResult(status -> {
      int known = jdbc.update(
          "update evaluation_environment set torn_down_at = ? where environment_key = ? and torn_down_at is null",
          Timestamp.from(clock.instant()), names.key());
      credentials.revoke(names);
      if (!removed.isEmpty() || known > 0) {
        events.record(names.key(), EnvironmentEvents.TORN_DOWN,
            removed.isEmpty() ? "nothing was left to remove" : "removed " + String.join(", ", removed) + "; the data was dropped with the database");
      }
    });
  }

  @Override
  public List<String> existingEnvironmentKeys() {
    Set<String> keys = new TreeSet<>(databases.environmentKeys());
    for (String group : directory.listMemberships().keySet()) {
      String key = EnvironmentNames.keyOfGroup(group);
      if (key != null) {
        keys.add(key);
      }
    }
    return List.copyOf(keys);
  }

  @Override
  public boolean inDirectory(String userId) {
    return userId != null && !userId.isBlank() && directory.find(userId).isPresent();
  }

  @Override
  public List<DataSet> dataSets() {
    return catalogue.dataSets();
  }

  @Override
  public Optional<DataSet> dataSet(String code) {
    return catalogue.entry(code).map(DataSetCatalogue.Entry::dataSet);
  }

  /** The connection details behind a tester's one-time link, once (see {@link EnvironmentCredentials#open}). */
  Optional<ConnectionDetails> openDetails(String token) {
    return credentials.open(token, server);
  }

  private List<User> testers(List<String> ids) {
    if (ids == null || ids.isEmpty()) {
      throw new EnvironmentRequestRefusedException("An environment needs at least one tester");
    }
    List<User> testers = new ArrayList<>();
    for (String id : new TreeSet<>(ids)) {
      User user = id == null ? null : people.user(id).orElse(null);
      if (user == null) {
        throw new EnvironmentRequestRefusedException("The tester \"" + id + "\" is not a PMO Flow user (any more): restore the user,"
            + " then retry this job; the environment was left as it was");
      }
      if (!inDirectory(id)) {
        throw new EnvironmentRequestRefusedException("The tester " + id + " has no entry in the directory (any more), so the"
            + " environment's group cannot hold them: restore the entry, then retry this job; the environment was left as it was");
      }
      if (user.getEmail() == null || user.getEmail().isBlank()) {
        throw new EnvironmentRequestRefusedException("The tester " + id + " has no e-mail address to send the connection details to");
      }
      testers.add(user);
    }
    return testers;
  }

  /** Notes the environment (once); one that was removed may be made again. Another data set for a live one is refused. */
  private void register(EnvironmentNames names, DataSetCatalogue.Entry dataSet) {
    newTransaction.executeWithoutResult(status -> {
      List<String[]> existing = jdbc.query(
          "select data_set_code, case when torn_down_at is null then 'live' else 'removed' end from evaluation_environment where environment_key = ? for update",
          (row, n) -> new String[] {row.getString(1), row.getString(2)}, names.key());
      if (existing.isEmpty()) {
        jdbc.update(
            "insert into evaluation_environment (environment_key, evaluation_id, candidate_code, data_set_code, created_at) values (?, ?, ?, ?, ?)",
            names.key(), names.evaluationId(), names.candidateCode(), dataSet.dataSet().code(), Timestamp.from(clock.instant()));
      } else if (existing.get(0)[1].equals("removed")) {
        jdbc.update(
            "update evaluation_environment set data_set_code = ?, torn_down_at = null, provisioned_at = null where environment_key = ?",
            dataSet.dataSet().code(), names.key());
      } else if (!existing.get(0)[0].equals(dataSet.dataSet().code())) {
        throw new EnvironmentRequestRefusedException("The environment " + names.key() + " holds the data set " + existing.get(0)[0]
            + ", not " + dataSet.dataSet().code() + "; remove it first to load another");
      }
    });
  }

  private void markProvisioned(EnvironmentNames names, DataSetCatalogue.Entry dataSet, List<User> testers) {
    newTransaction.executeWithoutResult(status -> {
      if (jdbc.update("update evaluation_environment set provisioned_at = ? where environment_key = ? and provisioned_at is null",
          Timestamp.from(clock.instant()), names.key()) > 0) {
        events.record(names.key(), EnvironmentEvents.PROVISIONED,
            "database " + names.database() + " with the data set " + dataSet.dataSet().code()
                + (dataSet.dataSet().personalData() ? " (personal fields masked)" : "") + ", login role " + names.role()
                + ", directory group " + names.group() + " of " + String.join(", ", testers.stream().map(User::getId).toList()));
      }
    });
  }

  private EnvironmentInfo info(EnvironmentNames names) {
    return new EnvironmentInfo(names.key(), names.database(), names.role(), names.group(), server.jdbcUrl(names.database()));
  }
}
