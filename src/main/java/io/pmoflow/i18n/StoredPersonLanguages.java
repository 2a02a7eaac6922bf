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

/**
 * Each person's language as they last used PMO Flow (table {@code person_language}), else the
 * deployment's default. Remembered in memory: a request in the language already stored writes
 * nothing. Another node learns a change when it next reads that person from the database (after its
 * own restart or its own record of the person), which is soon enough for mails and task texts.
 */
class StoredPersonLanguages implements PersonLanguages {

  private static final Logger LOG = LoggerFactory.getLogger(StoredPersonLanguages.class);

  private final JdbcTemplate jdbc;
  private final I18nSettings settings;
  private final Clock clock;
  /** A person's stored language; {@code null} value: nothing stored, the default applies. */
  private final Map<String, Locale> known = new ConcurrentHashMap<>();

  StoredPersonLanguages(JdbcTemplate jdbc, I18nSettings settings, Clock clock) {
    this.jdbc = jdbc;
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
      Timestamp now = Timestamp.from(clock.instant());
      int updated = jdbc.update("update person_language set language = ?, updated_at = ? where user_id = ?",
          wanted.getLanguage(), now, userId);
      if (updated == 0) {
        try {
          jdbc.update("insert into person_language (user_id, language, updated_at) values (?, ?, ?)",
              userId, wanted.getLanguage(), now);
        } catch (DuplicateKeyException raced) {
          jdbc.update("update person_language set language = ?, updated_at = ? where user_id = ?",
              wanted.getLanguage(), now, userId);
        }
      }
      known.put(userId, wanted);
    } catch (DataAccessException e) {
      // the request itself succeeded; the language is remembered on a later request
      LOG.warn("Could not store the language of {}: {}", userId, e.getMessage());
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
