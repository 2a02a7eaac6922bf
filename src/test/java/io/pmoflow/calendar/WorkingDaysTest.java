package io.pmoflow.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import io.pmoflow.i18n.I18nSettings;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class WorkingDaysTest {

  @Test
  void twoWorkingDaysFromThursdayIsMonday() {
    assertThat(from("2027-03-04T10:00:00Z").after(2).toInstant()).isEqualTo(Instant.parse("2027-03-08T10:00:00Z"));
  }

  @Test
  void twoWorkingDaysFromMondayIsWednesday() {
    assertThat(from("2027-03-01T10:00:00Z").after(2).toInstant()).isEqualTo(Instant.parse("2027-03-03T10:00:00Z"));
  }

  @Test
  void aWeekendStartCountsFromMonday() {
    assertThat(from("2027-03-06T09:00:00Z").after(1).toInstant()).isEqualTo(Instant.parse("2027-03-08T09:00:00Z"));
  }

  @Test
  void goldenWeekIsNotWorked() {
    // Thursday 30 April 2026: 1 May (Fri) is a working day; 2–6 May are a weekend and holidays
    assertThat(from("2026-04-30T10:00:00Z").after(2).toInstant()).isEqualTo(Instant.parse("2026-05-07T10:00:00Z"));
  }

  @Test
  void daysAreCountedInTokyoTime() {
    // Friday 23:30 in London is Saturday 08:30 in Tokyo: the next working day there is Monday
    assertThat(from("2027-03-05T23:30:00Z").after(1).toInstant()).isEqualTo(Instant.parse("2027-03-07T23:30:00Z"));
  }

  private static WorkingDays from(String now) {
    Clock clock = Clock.fixed(Instant.parse(now), ZoneOffset.UTC);
    return new WorkingDays(clock, PublicHolidays.japan(clock), new I18nSettings(Locale.JAPANESE, ZoneId.of("Asia/Tokyo")));
  }
}
