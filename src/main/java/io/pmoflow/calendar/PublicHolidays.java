package io.pmoflow.calendar;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Collections;
import java.util.Locale;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.TreeMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The public holidays deadlines skip ({@code pmoflow.calendar.public-holidays}: {@code jp}, the
 * default, or {@code none}). Holidays come from a yearly table the project keeps
 * ({@code calendar/public-holidays-<calendar>.csv}), because Japan's equinox days are fixed only a
 * year ahead; at start-up PMO Flow warns when the table does not reach the end of next year.
 */
@Component
public class PublicHolidays {

  static final String SETTING = "pmoflow.calendar.public-holidays";
  private static final Logger LOG = LoggerFactory.getLogger(PublicHolidays.class);

  /** One holiday, named in Japanese and English. */
  public record Holiday(LocalDate date, String nameJa, String nameEn) {
    public String name(Locale language) {
      return "ja".equals(language.getLanguage()) ? nameJa : nameEn;
    }
  }

  private final String calendar;
  private final NavigableMap<LocalDate, Holiday> holidays;
  private final Clock clock;

  public PublicHolidays(@Value("${" + SETTING + ":jp}") String calendar, Clock clock) {
    this.calendar = calendar.strip().toLowerCase(Locale.ROOT);
    this.holidays = "none".equals(this.calendar) ? Collections.emptyNavigableMap() : load(this.calendar);
    this.clock = clock;
  }

  /** Japan's holidays, for code that runs outside Spring (process tests). */
  public static PublicHolidays japan(Clock clock) {
    return new PublicHolidays("jp", clock);
  }

  public boolean isHoliday(LocalDate day) {
    return holidays.containsKey(day);
  }

  public Optional<Holiday> holiday(LocalDate day) {
    return Optional.ofNullable(holidays.get(day));
  }

  /** The last day the table speaks for (the end of its last year), if it has any holiday. */
  public Optional<LocalDate> knownUntil() {
    return holidays.isEmpty()
        ? Optional.empty()
        : Optional.of(LocalDate.of(holidays.lastKey().getYear(), 12, 31));
  }

  @EventListener(ApplicationReadyEvent.class)
  void warnWhenTheTableEndsSoon() {
    if (holidays.isEmpty()) {
      LOG.info("Deadlines in working days skip weekends only ({}=none).", SETTING);
      return;
    }
    LocalDate endOfNextYear = LocalDate.of(LocalDate.now(clock).getYear() + 1, 12, 31);
    LocalDate until = knownUntil().orElseThrow();
    if (until.isBefore(endOfNextYear)) {
      LOG.warn(
          "The public holidays ({}) are known only until {}: deadlines after that skip weekends only."
              + " Add the next year to calendar/public-holidays-{}.csv.",
          calendar, until, calendar);
    }
  }

  private static NavigableMap<LocalDate, Holiday> load(String calendar) {
    if (!calendar.matches("[a-z]{2,8}")) {
      throw new IllegalStateException(SETTING + " must be a calendar name such as jp, or none; it is '" + calendar + "'.");
    }
    String resource = "calendar/public-holidays-" + calendar + ".csv";
    InputStream in = PublicHolidays.class.getClassLoader().getResourceAsStream(resource);
    if (in == null) {
      throw new IllegalStateException(
          SETTING + "=" + calendar + " names no holiday table (" + resource + "); PMO Flow knows jp, or none.");
    }
    NavigableMap<LocalDate, Holiday> table = new TreeMap<>();
    try (BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      lines.lines()
          .filter(line -> !line.isBlank() && !line.startsWith("#") && !line.startsWith("date,"))
          .map(line -> line.split(",", 3))
          .map(cells -> new Holiday(LocalDate.parse(cells[0].strip()), cells[1].strip(), cells[2].strip()))
          .forEach(h -> table.put(h.date(), h));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return Collections.unmodifiableNavigableMap(table);
  }
}
