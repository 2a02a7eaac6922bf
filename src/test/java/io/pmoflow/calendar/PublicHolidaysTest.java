package io.pmoflow.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class PublicHolidaysTest {

  private final PublicHolidays japan = PublicHolidays.japan(Clock.systemUTC());

  @Test
  void knowsJapaneseHolidaysByTheirNames() {
    assertThat(japan.holiday(LocalDate.parse("2027-01-11")).orElseThrow().name(Locale.JAPANESE)).isEqualTo("成人の日");
    assertThat(japan.holiday(LocalDate.parse("2026-09-22")).orElseThrow().name(Locale.ENGLISH)).isEqualTo("Citizens' Holiday");
    assertThat(japan.isHoliday(LocalDate.parse("2026-05-06"))).as("substitute for Constitution Day on a Sunday").isTrue();
    assertThat(japan.isHoliday(LocalDate.parse("2026-05-07"))).isFalse();
    assertThat(japan.knownUntil()).contains(LocalDate.parse("2027-12-31"));
  }

  /** Holidays Act art. 3(2): a holiday on a Sunday moves to the next day that is not a holiday. */
  @Test
  void everySundayHolidayHasItsSubstituteInTheTable() {
    LocalDate day = LocalDate.parse("2024-01-01");
    LocalDate end = japan.knownUntil().orElseThrow();
    for (; !day.isAfter(end); day = day.plusDays(1)) {
      if (japan.isHoliday(day) && day.getDayOfWeek() == DayOfWeek.SUNDAY && !isSubstitute(day)) {
        LocalDate next = day.plusDays(1);
        while (japan.isHoliday(next) && !isSubstitute(next)) {
          next = next.plusDays(1);
        }
        assertThat(japan.holiday(next).map(PublicHolidays.Holiday::nameJa))
            .as("substitute for %s", day)
            .contains("振替休日");
      }
    }
  }

  /** Holidays Act art. 3(3): a weekday between two holidays is a holiday too. */
  @Test
  void everyDayBetweenTwoHolidaysIsAHoliday() {
    LocalDate day = LocalDate.parse("2024-01-02");
    for (; day.isBefore(japan.knownUntil().orElseThrow()); day = day.plusDays(1)) {
      boolean between = japan.isHoliday(day.minusDays(1)) && japan.isHoliday(day.plusDays(1));
      if (between && day.getDayOfWeek() != DayOfWeek.SUNDAY) {
        assertThat(japan.isHoliday(day)).as("%s lies between two holidays", day).isTrue();
      }
    }
  }

  @Test
  void noneKnowsNoHolidayAndAnUnknownCalendarStopsTheStart() {
    assertThat(new PublicHolidays("none", Clock.systemUTC()).isHoliday(LocalDate.parse("2027-01-01"))).isFalse();
    assertThatThrownBy(() -> new PublicHolidays("xx", Clock.systemUTC()))
        .hasMessageContaining("pmoflow.calendar.public-holidays=xx names no holiday table");
  }

  private boolean isSubstitute(LocalDate day) {
    return japan.holiday(day).map(h -> h.nameJa().equals("振替休日")).orElse(false);
  }
}
