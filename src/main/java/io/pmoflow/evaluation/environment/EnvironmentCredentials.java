package io.pmoflow.evaluation.environment;

import io.pmoflow.i18n.LanguageTexts;
import io.pmoflow.i18n.Texts;
import io.pmoflow.notification.MailOutbox;
import io.pmoflow.notification.MailText;
import io.pmoflow.notification.OutgoingMail;
import io.pmoflow.security.OneTimeTokens;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.camunda.bpm.engine.identity.User;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Gives each tester the connection details of an environment once, the way a new member gets their
 * first password: a one-time link mailed through the outbox (the mail's body erased once sent), of
 * which only the token's hash is stored ({@link OneTimeTokens}). The role's password is stored only
 * sealed with each tester's token and is erased when the link is opened; it is never in a process
 * variable, the history, a mail or the log.
 *
 * <p>The password is known only while it is made, so a tester who has no link to the current
 * password (a new tester, or a role that had to be made again) means a new password for the role and
 * new links for every tester; so does a tester removed from the environment, whose password (and
 * open sessions) must stop working. When the testers are the same, nobody gets anything new.
 */
@Component
class EnvironmentCredentials {

  private final JdbcTemplate jdbc;
  private final TransactionTemplate newTransaction;
  private final MailOutbox outbox;
  private final Texts texts;
  private final EnvironmentEvents events;
  private final EnvironmentSettings settings;
  private final Clock clock;
  private final String baseUrl;

  EnvironmentCredentials(
      JdbcTemplate jdbc,
      PlatformTransactionManager transactions,
      MailOutbox outbox,
      Texts texts,
      EnvironmentEvents events,
      EnvironmentSettings settings,
      Clock clock,
      @Value("${pmoflow.base-url}") String baseUrl) {
    this.jdbc = jdbc;
    this.newTransaction = OwnTransactions.of(transactions);
    this.outbox = outbox;
    this.texts = texts;
    this.events = events;
    this.settings = settings;
    this.clock = clock;
    this.baseUrl = baseUrl;
  }

  /**
   * Issues a new password and links when a tester lacks a link to the current one or the role is new;
   * {@code setPassword} gives it to the role before the links are committed. Returns who got a link.
   */
  List<String> deliver(EnvironmentNames names, String dataSetName, List<User> testers, boolean roleIsNew, Consumer<String> setPassword) {
    return newTransaction.execute(status -> {
      String key = names.key();
      int generation = jdbc.queryForObject(
          "select password_generation from evaluation_environment where environment_key = ? for update", Integer.class, key);
      Set<String> holding = new HashSet<>(jdbc.queryForList(
          "select tester_id from evaluation_environment_access where environment_key = ? and generation = ?", String.class, key, generation));
      List<String> ids = testers.stream().map(User::getId).toList();
      // a removed tester holds the current password: it changes, so what they opened stops working
      if (!roleIsNew && generation > 0 && holding.equals(new HashSet<>(ids))) {
        return List.of();
      }
      int next = generation + 1;
      String password = OneTimeTokens.newToken();
      jdbc.update("update evaluation_environment_access set sealed_password = null where environment_key = ?", key);
      Instant now = clock.instant();
      Instant expires = now.plus(settings.detailsLinkValidFor());
      for (User tester : testers) {
        String token = OneTimeTokens.newToken();
        jdbc.update(
            "insert into evaluation_environment_access (environment_key, tester_id, generation, token_hash, sealed_password, issued_at, expires_at)"
                + " values (?, ?, ?, ?, ?, ?, ?)",
            key, tester.getId(), next, OneTimeTokens.hash(token), OneTimeTokens.seal(token, password), Timestamp.from(now), Timestamp.from(expires));
        mail(names, dataSetName, tester, token, expires, next);
      }
      jdbc.update("update evaluation_environment set password_generation = ? where environment_key = ?", next, key);
      events.record(key, EnvironmentEvents.DETAILS_ISSUED,
          "one-time links to the connection details (password " + next + ") mailed to " + String.join(", ", ids));
      setPassword.accept(password);
      return ids;
    });
  }

  /**
   * The details behind a link, once: the sealed password is erased as it is read. Empty if the link is
   * unknown, opened before, replaced by a newer one, expired, or its environment removed.
   */
  Optional<ConnectionDetails> open(String token, EnvironmentServer server) {
    if (token == null || token.isBlank()) {
      return Optional.empty();
    }
    return newTransaction.execute(status -> {
      List<Object[]> found = jdbc.query(
          "select a.id, a.environment_key, a.tester_id, a.sealed_password from evaluation_environment_access a"
              + " join evaluation_environment e on e.environment_key = a.environment_key"
              + " where a.token_hash = ? and a.sealed_password is not null and a.expires_at > ? and e.torn_down_at is null for update",
          (row, n) -> new Object[] {row.getLong(1), row.getString(2), row.getString(3), row.getString(4)},
          OneTimeTokens.hash(token), Timestamp.from(clock.instant()));
      if (found.isEmpty()) {
        return Optional.empty();
      }
      Object[] link = found.get(0);
      EnvironmentNames names = new EnvironmentNames((String) link[1]);
      String password = OneTimeTokens.unseal(token, (String) link[3]);
      jdbc.update("update evaluation_environment_access set sealed_password = null, opened_at = ? where id = ?", Timestamp.from(clock.instant()), link[0]);
      events.record(names.key(), EnvironmentEvents.DETAILS_OPENED, "connection details opened by " + link[2]);
      return Optional.of(new ConnectionDetails(
          names.key(), server.publicHost(), server.port(), names.database(), names.role(), password, server.jdbcUrl(names.database())));
    });
  }

  /** Erases every sealed password of the environment: its links open nothing any more. */
  void revoke(EnvironmentNames names) {
    jdbc.update("update evaluation_environment_access set sealed_password = null where environment_key = ?", names.key());
  }

  private void mail(EnvironmentNames names, String dataSetName, User tester, String token, Instant expires, int generation) {
    LanguageTexts text = texts.forPerson(tester.getId());
    MailText mail = MailText.of(text, "evaluation.mail.environment-details", new Object[] {names.candidateCode()},
        MailText.greeting(tester), names.candidateCode(), names.evaluationId(), dataSetName,
        baseUrl + EnvironmentDetailsController.PATH + "?token=" + token, text.dateTime(expires));
    outbox.enqueue(OutgoingMail.containingSecret(
        "evaluation-environment/" + names.key() + "/details/" + generation + "/" + tester.getId(), tester.getEmail(), mail.subject(), mail.body()));
  }
}
