package io.pmoflow.calendar;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.ZonedDateTime;
import java.util.Date;
import org.springframework.stereotype.Component;

/**
 * Due dates counted in working days (Monday to Friday), for timers that people expect not to
 * count weekends: {@code <timeDate>${workingDays.after(2)}</timeDate>}. Public holidays are not
 * known here.
 */
@Component("workingDays")
public class WorkingDays {

  private final Clock clock;

  public WorkingDays(Clock clock) {
    this.clock = clock;
  }

  /** The same time of day, {@code days} working days from now. */
  public Date after(Number days) {
    ZonedDateTime due = ZonedDateTime.now(clock);
    for (int left = days.intValue(); left > 0; ) {
      due = due.plusDays(1);
      if (due.getDayOfWeek() != DayOfWeek.SATURDAY && due.getDayOfWeek() != DayOfWeek.SUNDAY) {
        left--;
      }
    }
    return Date.from(due.toInstant());
  }
}
