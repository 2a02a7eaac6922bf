package io.pmoflow.i18n;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Each person's language as they last used PMO Flow (table {@code person_language}), else the
 * deployment's default. Remembered in memory: a request in the language already stored writes
 * nothing. Another node learns a change when it next reads that person from the database (after its
 * own restart or its own record of the person), which is soon enough for mails and task texts.
 */
class StoredPersonLanguages implements PersonLanguages {

  private static final Logger LOG = LoggerFactory.getLogger(StoredPersonLanguages.class);
  private static final String UPDATE = "update person_language set language = ?, updated_at = ? where user_id = ?";

  private final JdbcTemplate jdbc;
  private final I18nSettings settings;
  private final Clock clock;
  /** A person's stored language; {@code null} value: nothing stored, the default applies. */
  private final Map<String, Locale> known = new ConcurrentHashMap<>();

  private final TransactionTemplate ownTransaction;

  StoredPersonLanguages(JdbcTemplate jdbc, PlatformTransactionManager transactions, I18nSettings settings, Clock clock) {
    this.jdbc = jdbc;
    // recorded while the engine serves the request: in a transaction of its own, whatever becomes of the engine's
    this.ownTransaction = new TransactionTemplate(transactions);
    this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    this.settings = settings;
    this.clock = clock;
  }

  @Override
  public Locale of(String userId) {
    if (userId == null) {
      return settings.defaultLanguage();
    }
    Locale stored = known.computeIfAbsent(userId, this::load);
    return stored == NONE ? settings.defaultLanguage() : stored;
  }

  /** Remembers the language a person used, writing only when it differs from the stored one. */
  void record(String userId, Locale language) {
    Locale wanted = Languages.supported(language);
    if (wanted.equals(known.computeIfAbsent(userId, this::load))) {
      return;
    }
    try {
      ownTransaction.executeWithoutResult(status -> store(userId, wanted));
      known.put(userId, wanted);
    } catch (DataAccessException e) {
      // the request itself succeeds; the language is remembered on a later request
      LOG.warn("Could not store the language of {}: {}", userId, e.getMessage());
    }
  }

  private void store(String userId, Locale wanted) {
    String language = wanted.getLanguage();
    Timestamp now = Timestamp.from(clock.instant());
    try {
      ownTransaction.executeWithoutResult(status -> {
        if (jdbc.update(UPDATE, language, now, userId) == 0) {
          jdbc.update("insert into person_language (user_id, language, updated_at) values (?, ?, ?)", userId, language, now);
        }
      });
    } catch (DuplicateKeyException raced) {
      // another request of the same person inserted the row first
      ownTransaction.executeWithoutResult(status -> jdbc.update(UPDATE, language, now, userId));
    }
  }

  private Locale load(String userId) {
    List<String> stored =
        jdbc.queryForList("select language from person_language where user_id = ?", String.class, userId);
    return stored.isEmpty() ? NONE : Languages.supported(stored.get(0));
  }

  /** Marks "nothing stored" in the cache (a map cannot hold null). */
  private static final Locale NONE = Locale.ROOT;
}
