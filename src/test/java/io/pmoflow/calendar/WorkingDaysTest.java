package io.pmoflow.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
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

  private static WorkingDays from(String now) {
    return new WorkingDays(Clock.fixed(Instant.parse(now), ZoneOffset.UTC));
  }
}
