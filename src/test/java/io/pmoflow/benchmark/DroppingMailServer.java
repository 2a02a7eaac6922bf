package io.pmoflow.benchmark;

import com.icegreen.greenmail.mail.MovingMessage;
import com.icegreen.greenmail.user.UserImpl;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The SMTP server a benchmarked PMO Flow sends its mail to, in the benchmark's JVM as a production
 * relay is on a machine of its own: GreenMail speaking SMTP, every message counted and dropped.
 * The demo's in-process GreenMail keeps a mailbox per recipient and scans them all for each new
 * recipient, so at benchmark volume it measured as a sixth of PMO Flow's CPU per onboarding.
 */
final class DroppingMailServer implements AutoCloseable {

  private final GreenMail greenMail;
  private final AtomicLong received = new AtomicLong();

  DroppingMailServer() {
    greenMail = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP).dynamicPort());
    greenMail.getUserManager().setMessageDeliveryHandler((message, address) ->
        new UserImpl(address.getEmail(), address.getEmail(), "", null) {
          @Override
          public void deliver(MovingMessage mail) {
            received.incrementAndGet();
          }
        });
    greenMail.start();
  }

  /** Settings that point a PMO Flow at this server instead of its embedded one. */
  String pmoFlowSettings() {
    return "--pmoflow.mail.embedded-server.enabled=false --spring.mail.host=127.0.0.1 --spring.mail.port="
        + greenMail.getSmtp().getPort();
  }

  long received() {
    return received.get();
  }

  @Override
  public void close() {
    greenMail.stop();
  }
}
