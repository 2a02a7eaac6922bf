package io.pmoflow.evaluation;

import java.time.Period;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code pmoflow.evaluation.*}: how long environments may live at most (the request and every
 * extension), when the reminder before their end goes out, and how far two testers' scores on one
 * criterion may lie apart before the PMO moderates.
 */
@ConfigurationProperties("pmoflow.evaluation")
public record EvaluationSettings(Integer maxDays, Period reminderBefore, Integer disagreementThreshold) {

  public EvaluationSettings {
    maxDays = maxDays == null ? 90 : maxDays;
    reminderBefore = reminderBefore == null ? Period.ofDays(3) : reminderBefore;
    disagreementThreshold = disagreementThreshold == null ? 2 : disagreementThreshold;
  }
}
