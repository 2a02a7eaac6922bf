package io.pmoflow.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;

/** On H2 with the real migration; the integration tests run it on PostgreSQL. */
class StoredPersonLanguagesTest {

  private final I18nSettings settings = new I18nSettings(Languages.ENGLISH, null);
  private JdbcTemplate jdbc;
  private StoredPersonLanguages languages;

  @BeforeEach
  void database() throws Exception {
    JdbcDataSource source = new JdbcDataSource();
    source.setURL("jdbc:h2:mem:" + System.nanoTime() + ";DB_CLOSE_DELAY=-1");
    jdbc = new JdbcTemplate(source);
    jdbc.execute(Files.readString(Path.of("src/main/resources/db/migration/V42__person_language.sql")));
    languages = new StoredPersonLanguages(jdbc, new DataSourceTransactionManager(source), settings, Clock.fixed(Instant.parse("2026-12-01T00:00:00Z"), ZoneOffset.UTC));
  }

  @Test
  void someoneWhoNeverChoseReadsTheDeploymentsDefault() {
    assertThat(languages.of("paula")).isEqualTo(Languages.ENGLISH);
    assertThat(languages.of(null)).isEqualTo(Languages.ENGLISH);
  }

  @Test
  void aChosenLanguageIsStoredOnceAndReadByAnotherNode() {
    languages.record("paula", Languages.JAPANESE);
    jdbc.update("update person_language set updated_at = timestamp '2000-01-01 00:00:00'");
    languages.record("paula", Locale("ja", "JP"));

    assertThat(languages.of("paula")).isEqualTo(Languages.JAPANESE);
    assertThat(jdbc.queryForObject("select count(*) from person_language where updated_at > timestamp '2001-01-01 00:00:00'", Integer.class))
        .as("the same language again writes nothing").isZero();
    StoredPersonLanguages anotherNode =
        new StoredPersonLanguages(jdbc, new DataSourceTransactionManager(jdbc.getDataSource()), settings, Clock.systemUTC());
    assertThat(anotherNode.of("paula")).isEqualTo(Languages.JAPANESE);
  }

  @Test
  void aChangedLanguageReplacesTheStoredOne() {
    languages.record("peter", Languages.JAPANESE);
    languages.record("peter", Languages.ENGLISH);

    assertThat(languages.of("peter")).isEqualTo(Languages.ENGLISH);
    assertThat(jdbc.queryForObject("select language from person_language where user_id = 'peter'", String.class)).isEqualTo("en");
    assertThat(jdbc.queryForObject("select count(*) from person_language", Integer.class)).isEqualTo(1);
  }

  private static java.util.Locale Locale(String language, String country) {
    return new java.util.Locale.Builder().setLanguage(language).setRegion(country).build();
  }
}
