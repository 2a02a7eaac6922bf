package io.pmoflow.rfp;

import java.time.Clock;
import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Writes and reads the history lines of RFPs. */
@Component
class RfpHistory {

  static final String SYSTEM = "pmo-flow";

  private final RfpEventRepository events;
  private final Clock clock;

  RfpHistory(RfpEventRepository events, Clock clock) {
    this.events = events;
    this.clock = clock;
  }

  @Transactional(propagation = Propagation.MANDATORY)
  void record(long rfpId, String actor, String event, String detail) {
    events.save(new RfpEvent(rfpId, clock.instant(), actor == null ? SYSTEM : actor, event, detail));
  }

  List<RfpEvent> of(long rfpId) {
    return events.findByRfpIdOrderById(rfpId);
  }
}
