package io.pmoflow.rfp.process;

import io.pmoflow.calendar.WorkingDays;
import java.util.Date;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * When the model's reminder timers fire ({@code ${rfpReminders.pmReview()}}), from the settings:
 * a setting is not copied into every instance's variables. Public: the expression language reaches
 * only public classes.
 */
@Component
public class RfpReminders {

  private final WorkingDays workingDays;
  private final int pmReviewAfter;

  RfpReminders(WorkingDays workingDays, @Value("${pmoflow.rfp.pm-review-reminder-working-days:2}") int pmReviewAfter) {
    this.workingDays = workingDays;
    this.pmReviewAfter = pmReviewAfter;
  }

  /** The PM is reminded of a review still waiting this many working days after it was asked for. */
  public Date pmReview() {
    return workingDays.after(pmReviewAfter);
  }
}
