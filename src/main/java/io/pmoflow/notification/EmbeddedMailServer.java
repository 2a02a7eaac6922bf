package io.pmoflow.notification;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/**
 * The embedded run's mail server: GreenMail speaks real SMTP on localhost and keeps what it
 * receives in memory, readable over IMAP (user and password: the recipient's address). Port 0
 * picks a free port (tests). Off in the postgres profile, where spring.mail points at a real server.
 */
@Configuration
@ConditionalOnProperty(name = "pmoflow.mail.embedded-server.enabled", havingValue = "true")
class EmbeddedMailServer {

  @Bean(destroyMethod = "stop")
  GreenMail greenMail(
      @Value("${pmoflow.mail.embedded-server.smtp-port}") int smtpPort,
      @Value("${pmoflow.mail.embedded-server.imap-port}") int imapPort) {
    ServerSetup smtp = new ServerSetup(smtpPort, "127.0.0.1", ServerSetup.PROTOCOL_SMTP);
    ServerSetup imap = new ServerSetup(imapPort, "127.0.0.1", ServerSetup.PROTOCOL_IMAP);
    GreenMail greenMail =
        new GreenMail(
            new ServerSetup[] {
              smtpPort == 0 ? smtp.dynamicPort() : smtp, imapPort == 0 ? imap.dynamicPort() : imap
            });
    greenMail.start();
    return greenMail;
  }

  @Bean
  JavaMailSender javaMailSender(GreenMail greenMail) {
    JavaMailSenderImpl sender = new JavaMailSenderImpl();
    sender.setHost("127.0.0.1");
    sender.setPort(greenMail.getSmtp().getPort());
    return sender;
  }
}
