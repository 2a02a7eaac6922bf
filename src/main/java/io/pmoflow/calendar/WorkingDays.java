package io.pmoflow.calendar;

import io.pmoflow.i18n.I18nSettings;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Date;
import org.springframework.stereotype.Component;

/**
 * Due dates counted in working days, for timers that people expect not to count weekends or public
 * holidays: {@code <timeDate>${workingDays.after(2)}</timeDate>}. Days are counted in the
 * configured time zone ({@code pmoflow.i18n.time-zone}), so a Saturday in Tokyo is a Saturday.
 */
@Component("workingDays")
public class WorkingDays {

  private final Clock clock;
  private final PublicHolidays holidays;
  private final ZoneId zone;

  public WorkingDays(Clock clock, PublicHolidays holidays, I18nSettings settings) {
    this.clock = clock;
    this.holidays = holidays;
    this.zone = settings.timeZone();
  }

  /** The same time of day, {@code days} working days from now. */
  public Date after(Number days) {
    ZonedDateTime due = ZonedDateTime.now(clock).withZoneSameInstant(zone);
    for (int left = days.intValue(); left > 0; ) {
      due = due.plusDays(1);
      if (isWorkingDay(due)) {
        left--;
      }
    }
    return Date.from(due.toInstant());
  }

  private boolean isWorkingDay(ZonedDateTime day) {
    DayOfWeek weekday = day.getDayOfWeek();
    return weekday != DayOfWeek.SATURDAY
        && weekday != DayOfWeek.SUNDAY
        && !holidays.isHoliday(day.toLocalDate());
  }
}
